namespace MedTwin.Notebooks.Documents.Jupyter;

/// <summary>Writes an .ipynb in the layout it was read in, or as nbformat writes (one-space indentation, final line break) if it was not read from one.</summary>
internal static class JupyterWriter
{
    public static string Write(NotebookDocument document)
        => LayoutJsonWriter.Write(document.Root, document.Layout as JsonLayout ?? JsonLayout.Nbformat);
}
