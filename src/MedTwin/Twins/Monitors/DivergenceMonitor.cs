using MedTwin.Twins.Mechanistic;
using System.Globalization;
using MedTwin.Twins.Actions;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Monitors;

/// <summary>Compares each trusted reading of the predicted code with the mechanistic model's prediction at its time.</summary>
internal sealed class DivergenceMonitor(string patientId, DivergenceOptions options, AlertSettling settling)
{
    private readonly AlertLatch latch = new(patientId, AlertKind.Divergence, $"divergence:{options.Model.PredictedCode}", settling);

    public IMechanisticTwinModel Model => options.Model;

    public MechanisticState? Latest { get; private set; }

    public TwinAlert? Active => latch.Active;

    public TwinAlert? Assess(Observation reading, SensorFaultMonitor faults)
    {
        var predicted = options.Model.PredictAt(reading.Time);
        var residual = reading.Value - predicted;
        Latest = new MechanisticState(options.Model.Name, reading.Time, predicted, reading.Value, residual, [.. options.Model.State]);
        if (faults.IsFaulted(reading.Code))
        {
            return latch.Suppress(reading.Time, $"{options.Model.Name} not compared: {faults.FaultOf(reading.Code)}", [reading.Reference]);
        }

        var level = Math.Abs(residual) > options.Bound ? options.Severity : AlertSeverity.None;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{options.Model.Name}: observed {reading.Value:0.###} {reading.Unit}, predicted {predicted:0.###}, residual {residual:0.###} (bound ±{options.Bound:0.###})");
        return latch.Assess(reading.Time, level, reason, [reading.Reference]);
    }

    public void Apply(ControlAction action) => options.Model.Apply(action);
}
