namespace MedTwin.Data.Csv;

/// <summary>The text is not RFC 4180 CSV at the given line.</summary>
internal sealed class CsvSyntaxException(int line, string problem) : Exception(problem)
{
    public int Line { get; } = line;
}
