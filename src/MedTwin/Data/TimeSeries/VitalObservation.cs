namespace MedTwin.Data.TimeSeries;

/// <summary>One timestamped vital-sign value of one patient, the row of a tidy vitals table.</summary>
/// <param name="Patient">The patient's identifier.</param>
/// <param name="TimeUtc">When it was measured, in UTC (<see cref="DateTimeKind.Utc"/>).</param>
/// <param name="Code">What was measured, e.g. "heart-rate" or a LOINC code such as "8867-4".</param>
/// <param name="Value">The value, or <see langword="null"/> when the measurement is missing; NaN and ∞ are errors.</param>
public sealed record VitalObservation(string Patient, DateTime TimeUtc, string Code, double? Value);
