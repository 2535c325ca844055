namespace MedTwin.Data.TimeSeries;

/// <summary>What a plausible-range check found for one code.</summary>
/// <param name="Code">The code.</param>
/// <param name="Min">Its declared minimum.</param>
/// <param name="Max">Its declared maximum.</param>
/// <param name="Checked">Present values checked.</param>
/// <param name="BelowMin">Values below the minimum.</param>
/// <param name="AboveMax">Values above the maximum.</param>
public sealed record RangeCount(string Code, double Min, double Max, int Checked, int BelowMin, int AboveMax);
