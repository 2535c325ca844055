namespace MedTwin.Twins.Faults;

/// <summary>A detected sensor fault: what, when, and why, in words a clinician can read.</summary>
/// <param name="Kind">The kind of fault.</param>
/// <param name="Time">The time of the reading (or, for a dropout, of the check) that revealed it.</param>
/// <param name="Reason">What was expected and what was found.</param>
public sealed record SensorFault(SensorFaultKind Kind, DateTimeOffset Time, string Reason);
