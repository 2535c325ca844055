namespace MedTwin.Data.TimeSeries;

/// <summary>The columns of a tidy vitals DataFrame: one row per patient, time, code and value.</summary>
/// <param name="Patient">The patient column (text or whole numbers).</param>
/// <param name="Time">
/// The time column: <see cref="DateTime"/> values of kind UTC, or ISO 8601 text with a zone ("2024-03-01T08:05:00Z" or
/// "+01:00"); a time without a zone is an error, never guessed.
/// </param>
/// <param name="Code">The code column (what was measured).</param>
/// <param name="Value">The value column (numbers; empty means missing).</param>
public sealed record VitalColumns(string Patient = "patient", string Time = "time", string Code = "code", string Value = "value");
