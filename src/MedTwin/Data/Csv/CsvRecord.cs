namespace MedTwin.Data.Csv;

/// <summary>One record of a CSV file and the line it starts on (1-based).</summary>
internal readonly record struct CsvRecord(int Line, IReadOnlyList<string> Fields);
