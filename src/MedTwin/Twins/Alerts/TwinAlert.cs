using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Alerts;

/// <summary>
/// One change of one alert: raised, escalated, de-escalated, cleared or suppressed. <see cref="Source"/> names the
/// condition (<c>news2</c>, <c>model:&lt;title&gt;</c>, <c>divergence:&lt;code&gt;</c>, <c>sensor:&lt;code&gt;</c>): an alert
/// is raised once per source and stays active until it clears.
/// </summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Kind">What raised it.</param>
/// <param name="Source">The condition it follows.</param>
/// <param name="Transition">What happened.</param>
/// <param name="Severity">The severity after the change (<see cref="AlertSeverity.None"/> when cleared).</param>
/// <param name="Time">The time of the observation (or clock check) that caused the change.</param>
/// <param name="Reason">Why, in words and numbers a clinician can read.</param>
/// <param name="Evidence">The observations behind it.</param>
public sealed record TwinAlert(
    string PatientId,
    AlertKind Kind,
    string Source,
    AlertTransition Transition,
    AlertSeverity Severity,
    DateTimeOffset Time,
    string Reason,
    IReadOnlyList<ObservationReference> Evidence)
{
    /// <inheritdoc />
    public override string ToString() => $"{Time:O} {PatientId} {Source} {Transition} {Severity}: {Reason}";
}
