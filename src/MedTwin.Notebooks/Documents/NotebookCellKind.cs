namespace MedTwin.Notebooks.Documents;

/// <summary>What a cell holds, as Jupyter's <c>cell_type</c> names it.</summary>
public enum NotebookCellKind
{
    /// <summary>Code run by a kernel (<c>"code"</c>); the only kind with outputs and an execution count.</summary>
    Code,

    /// <summary>Markdown text (<c>"markdown"</c>).</summary>
    Markdown,

    /// <summary>Text passed through untouched (<c>"raw"</c>); .dib files have no such cell.</summary>
    Raw,
}
