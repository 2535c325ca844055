namespace MedTwin.Data.TimeSeries;

/// <summary>
/// The declared plausible range of one code, bounds included: a value below <paramref name="Min"/> or above
/// <paramref name="Max"/> is implausible. An infinite bound leaves that side open.
/// </summary>
/// <param name="Code">The code, e.g. "heart-rate".</param>
/// <param name="Min">The smallest plausible value.</param>
/// <param name="Max">The largest plausible value.</param>
public sealed record PlausibleRange(string Code, double Min, double Max);
