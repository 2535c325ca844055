namespace MedTwin.Notebooks.Documents.Dib;

/// <summary>How one cell sat in a .dib file, so that it is written back the same way.</summary>
/// <param name="Header">The line that started it as written ("#!c#" for a C# cell, say), or null for text before the first such line.</param>
/// <param name="BlankLinesBefore">Empty lines between the header and the text; VS Code writes one.</param>
/// <param name="BlankLinesAfter">Empty lines after the text, before the next header or the end; VS Code writes one, which at the end is the final line break.</param>
internal sealed record DibCellLayout(string? Header, int BlankLinesBefore, int BlankLinesAfter)
{
    /// <summary>What Polyglot Notebooks writes for a cell: a blank line after the header and one after the text.</summary>
    public static DibCellLayout Polyglot(string header) => new(header, 1, 1);
}
