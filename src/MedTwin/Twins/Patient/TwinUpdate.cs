using MedTwin.Twins.Actions;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Patient;

/// <summary>What one input did to a twin: the observation taken (normalised) or the rejection, and the alerts and actions it caused.</summary>
/// <param name="Accepted">The observation as taken, in its code's unit; null for a rejection or a clock check.</param>
/// <param name="IsLate">The observation is older than its stream's latest: it was kept and counted, not used for the latest value or alerts.</param>
/// <param name="Rejection">Why the observation was not taken; null when it was.</param>
/// <param name="Alerts">The alert changes, in the order they happened.</param>
/// <param name="Actions">The actions proposed.</param>
public sealed record TwinUpdate(Observation? Accepted, bool IsLate, ObservationRejection? Rejection, IReadOnlyList<TwinAlert> Alerts, IReadOnlyList<ControlAction> Actions)
{
    internal static TwinUpdate Rejected(ObservationRejection rejection) => new(null, false, rejection, [], []);
}
