namespace MedTwin.Data.Snapshots;

/// <summary>A data file does not match its declared schema at a given line and column.</summary>
public sealed class SnapshotFormatException : SnapshotException
{
    internal SnapshotFormatException(string filePath, int line, string? column, string? text, string problem)
        : base(Describe(filePath, line, column, text, problem))
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Text = text;
    }

    /// <summary>The data file.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line where the offending record starts (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The column's name, when the problem is in one field.</summary>
    public string? Column { get; }

    /// <summary>The text found in that field, when the problem is in one field.</summary>
    public string? Text { get; }

    private static string Describe(string filePath, int line, string? column, string? text, string problem)
    {
        var where = column is null ? $"'{filePath}', line {line}" : $"'{filePath}', line {line}, column '{column}'";
        return text is null ? $"{where}: {problem}." : $"{where}: {problem}; found \"{text}\".";
    }
}
