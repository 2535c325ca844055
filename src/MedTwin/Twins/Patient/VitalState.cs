namespace MedTwin.Twins.Patient;

/// <summary>One stream as a clinician would look at it.</summary>
/// <param name="Code">Its LOINC code.</param>
/// <param name="Name">Its short name.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
/// <param name="Value">The latest trusted value, or null before the first.</param>
/// <param name="Time">When it was measured.</param>
/// <param name="TrendPerHour">The least-squares slope over the trend window, per hour; null with fewer than two readings in it.</param>
/// <param name="Readings">Readings taken in time order (late ones not included).</param>
/// <param name="Fault">The active sensor fault, or null.</param>
public sealed record VitalState(string Code, string Name, string Unit, double? Value, DateTimeOffset? Time, double? TrendPerHour, long Readings, string? Fault);
