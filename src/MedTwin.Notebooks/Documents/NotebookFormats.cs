namespace MedTwin.Notebooks.Documents;

/// <summary>Tells a notebook's format from its file name.</summary>
public static class NotebookFormats
{
    /// <summary>The format named by <paramref name="path"/>'s extension: <c>.ipynb</c> or <c>.dib</c>, in any letter case.</summary>
    /// <exception cref="NotebookFormatException">The extension is neither.</exception>
    public static NotebookFormat FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            return NotebookFormat.Ipynb;
        }

        if (extension.Equals(".dib", StringComparison.OrdinalIgnoreCase))
        {
            return NotebookFormat.Dib;
        }

        var found = extension.Length == 0 ? "no extension" : $"the extension '{extension}'";
        throw new NotebookFormatException(path, $"has {found}; expected a notebook ending in .ipynb or .dib.");
    }
}
