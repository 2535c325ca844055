namespace MedTwin.Notebooks.Documents;

/// <summary>
/// A file whose layout the writers cannot reproduce (mixed indentation, say), kept with the text the writer made of it when it was read.
/// While the writer still makes that text, nothing has changed and the original bytes are written back.
/// </summary>
internal sealed record VerbatimText(NotebookFormat Format, string Original, string Canonical);
