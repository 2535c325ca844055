using System.Text;
using MedTwin.Notebooks.Documents.Dib;
using MedTwin.Notebooks.Documents.Jupyter;

namespace MedTwin.Notebooks.Documents;

/// <summary>Reads notebooks: .ipynb (nbformat 4) and .dib (Polyglot Notebooks). Malformed input is a <see cref="NotebookFormatException"/> that names the file and the position.</summary>
public static class NotebookReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the notebook at <paramref name="path"/>, in the format its extension names.</summary>
    /// <exception cref="NotebookFormatException">The extension is not .ipynb or .dib, the file is not UTF-8, or the notebook is malformed.</exception>
    public static NotebookDocument Read(string path)
    {
        var format = NotebookFormats.FromPath(path);
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new NotebookFormatException(path, $"is not UTF-8 text: byte {e.Index + 1} cannot be decoded.", e);
        }

        return Parse(text, format, path);
    }

    /// <summary>Reads a notebook from its text.</summary>
    /// <param name="text">The notebook file's content.</param>
    /// <param name="format">Its format.</param>
    /// <param name="notebookName">The name errors give for it (a path, say).</param>
    /// <exception cref="NotebookFormatException">The notebook is malformed.</exception>
    public static NotebookDocument Parse(string text, NotebookFormat format, string notebookName = "<notebook>")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(notebookName);
        var document = format switch
        {
            NotebookFormat.Ipynb => JupyterReader.Read(text, notebookName),
            NotebookFormat.Dib => DibReader.Read(text, notebookName),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown notebook format."),
        };

        var canonical = NotebookWriter.Render(document, format);
        if (canonical != text)
        {
            document.Verbatim = new VerbatimText(format, text, canonical);
        }

        return document;
    }
}
