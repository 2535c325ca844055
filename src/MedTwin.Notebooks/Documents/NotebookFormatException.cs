namespace MedTwin.Notebooks.Documents;

/// <summary>A notebook is malformed. The message names the notebook, the position (line and byte, or cell and JSON path) and what was expected.</summary>
public sealed class NotebookFormatException : Exception
{
    internal NotebookFormatException(string notebookName, string problem, Exception? inner = null)
        : base($"'{notebookName}': {problem}", inner) => NotebookName = notebookName;

    /// <summary>The notebook at fault: its path, or the name given with its text.</summary>
    public string NotebookName { get; }
}
