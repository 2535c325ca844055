using MedTwin.Physiology.Controllers;
using MedTwin.Twins.Actions;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Monitors;

/// <summary>
/// Asks the controller for an action at each trusted reading of its stream. A controller's clock is minutes from its
/// first reading. While the stream's sensor is faulted it proposes nothing: acting on a failed sensor is how a closed
/// loop harms a patient, and the sensor-fault alert says why the loop is paused.
/// </summary>
internal sealed class ControllerMonitor(ControllerOptions options)
{
    private DateTimeOffset? origin;
    private DateTimeOffset? lastDecision;

    public string Code => options.Code;

    public string Name => options.Name;

    public bool IsPaused { get; private set; }

    public ControlAction? Propose(Observation reading, bool sensorFaulted)
    {
        IsPaused = sensorFaulted;
        if (sensorFaulted || reading.Time <= lastDecision)
        {
            return null;
        }

        origin ??= reading.Time;
        lastDecision = reading.Time;
        var proposal = options.Controller.Propose(new ControllerInput((reading.Time - origin.Value).TotalMinutes, reading.Value));
        return ControlAction.From(options.Name, reading, proposal);
    }
}
