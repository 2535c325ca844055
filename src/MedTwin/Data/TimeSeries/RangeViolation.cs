namespace MedTwin.Data.TimeSeries;

/// <summary>One value outside its code's plausible range.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Code">The code.</param>
/// <param name="TimeUtc">The time.</param>
/// <param name="Value">The implausible value (as it was before any change).</param>
/// <param name="Min">The declared minimum.</param>
/// <param name="Max">The declared maximum.</param>
public sealed record RangeViolation(string Patient, string Code, DateTime TimeUtc, double Value, double Min, double Max);
