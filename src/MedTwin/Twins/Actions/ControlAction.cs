using MedTwin.Physiology.Controllers;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Actions;

/// <summary>
/// An action a twin's controller proposes, within its safety limits. The twin publishes and logs it; it never applies
/// it: a pump, a clinician or a simulation does, and says so.
/// </summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Time">The decision time (the time of the observation it answers).</param>
/// <param name="Controller">Which controller proposed it.</param>
/// <param name="BasalUnitsPerHour">Basal insulin rate to run from now until the next action (U/h).</param>
/// <param name="BolusUnits">Bolus to give now (U).</param>
/// <param name="Reason">How the controller reached it, including any limit that reduced it.</param>
/// <param name="WasLimited">True when a safety limit reduced the proposal.</param>
/// <param name="Evidence">The observation it answers.</param>
public sealed record ControlAction(
    string PatientId,
    DateTimeOffset Time,
    string Controller,
    double BasalUnitsPerHour,
    double BolusUnits,
    string Reason,
    bool WasLimited,
    IReadOnlyList<ObservationReference> Evidence)
{
    /// <summary>The action for <paramref name="proposal"/>, answering <paramref name="observation"/>.</summary>
    public static ControlAction From(string controller, Observation observation, InsulinProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(proposal);
        return new(observation.PatientId, observation.Time, controller, proposal.BasalUnitsPerHour, proposal.BolusUnits, proposal.Reason, proposal.WasLimited, [observation.Reference]);
    }
}
