namespace MedTwin.Cli.Commands;

/// <summary>Writes rows as left-aligned, space-padded columns: plain text that diffs and greps well.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((title, i) => rows.Select(row => row[i].Length).Append(title.Length).Max()).ToArray();
        WriteRow(output, header, widths);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((cell, i) => i == cells.Count - 1 ? cell : cell.PadRight(widths[i]))));
}
