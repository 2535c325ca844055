namespace MedTwin.Notebooks.Documents.Dib;

/// <summary>The lines under one header of a .dib file: blank lines, the text, blank lines.</summary>
internal readonly record struct DibSection(int BlankLinesBefore, string[] Text, int BlankLinesAfter)
{
    /// <summary>Splits <paramref name="lines"/>; if all are blank they count as lines before the (empty) text.</summary>
    public static DibSection Of(ReadOnlySpan<string> lines)
    {
        var before = 0;
        while (before < lines.Length && lines[before].Length == 0)
        {
            before++;
        }

        var after = 0;
        while (after < lines.Length - before && lines[lines.Length - 1 - after].Length == 0)
        {
            after++;
        }

        return new DibSection(before, lines[before..(lines.Length - after)].ToArray(), after);
    }
}
