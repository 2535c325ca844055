namespace MedTwin.Notebooks.Documents;

/// <summary>The file formats a notebook is read from and written to.</summary>
public enum NotebookFormat
{
    /// <summary>Jupyter's JSON notebook, nbformat 4 (<c>.ipynb</c>).</summary>
    Ipynb,

    /// <summary>Polyglot Notebooks' plain-text notebook (<c>.dib</c>): cells introduced by <c>#!kernel</c> lines, no outputs.</summary>
    Dib,
}
