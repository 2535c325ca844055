using MedTwin.Notebooks.Documents.Dib;
using MedTwin.Notebooks.Documents.Jupyter;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Documents;

/// <summary>
/// Writes notebooks in the layout they were read in: a notebook read and written unchanged gives back the same bytes.
/// New notebooks are written as nbformat and VS Code write them. Writing to .dib drops what .dib cannot hold: outputs, execution
/// counts, cell ids and cell metadata such as tags.
/// </summary>
public static class NotebookWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/> as UTF-8, in the format its extension names, replacing the file whole or not at all.</summary>
    public static void Write(NotebookDocument document, string path)
    {
        var text = ToText(document, NotebookFormats.FromPath(path));
        try
        {
            AtomicFile.WriteText(path, text);
        }
        // .NET reports a file grown past what the file system or a size limit allows (EFBIG) as an argument out of range.
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            throw new IOException($"Could not write the notebook '{path}'; it is as it was: {e.Message}", e);
        }
    }

    /// <summary>The text of <paramref name="document"/> in <paramref name="format"/>.</summary>
    public static string ToText(NotebookDocument document, NotebookFormat format)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = Render(document, format);

        // A layout the writers cannot reproduce is kept for as long as the notebook is unchanged.
        return document.Verbatim is { } verbatim && verbatim.Format == format && verbatim.Canonical == text ? verbatim.Original : text;
    }

    internal static string Render(NotebookDocument document, NotebookFormat format) => format switch
    {
        NotebookFormat.Ipynb => JupyterWriter.Write(document),
        NotebookFormat.Dib => DibWriter.Write(document),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown notebook format."),
    };
}
