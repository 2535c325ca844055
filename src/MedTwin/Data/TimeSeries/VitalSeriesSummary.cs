namespace MedTwin.Data.TimeSeries;

/// <summary>One line per series: how many points, how many missing, and the time span.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Code">The code.</param>
/// <param name="Points">Time points, missing ones included.</param>
/// <param name="Present">Points with a value.</param>
/// <param name="Missing">Points without a value.</param>
/// <param name="FirstUtc">The first time point.</param>
/// <param name="LastUtc">The last time point.</param>
public sealed record VitalSeriesSummary(string Patient, string Code, int Points, int Present, int Missing, DateTime FirstUtc, DateTime LastUtc);
