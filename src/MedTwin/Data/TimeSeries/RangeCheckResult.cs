namespace MedTwin.Data.TimeSeries;

/// <summary>The vital signs after a plausible-range check, and the report of what it found and did.</summary>
/// <param name="Vitals">The checked vital signs (implausible values missing, or kept when only flagged).</param>
/// <param name="Report">The counts and the list of implausible values.</param>
public sealed record RangeCheckResult(VitalSigns Vitals, RangeReport Report);
