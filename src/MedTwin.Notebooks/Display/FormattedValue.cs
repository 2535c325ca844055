namespace MedTwin.Notebooks.Display;

/// <summary>
/// A Jupyter mime bundle: the representations of one displayed value, keyed by mime type.
/// </summary>
/// <param name="Data">
/// Mime type and text pairs, ordered by mime type (ordinal), the order nbformat writes them in,
/// so the same value always gives the same bundle.
/// </param>
public sealed record FormattedValue(IReadOnlyList<KeyValuePair<string, string>> Data)
{
    /// <summary>The text for <paramref name="mimeType"/>, or <see langword="null"/> when the bundle has none.</summary>
    /// <param name="mimeType">A mime type such as <see cref="MimeTypes.Html"/>.</param>
    /// <returns>The representation, or <see langword="null"/>.</returns>
    public string? Get(string mimeType)
    {
        foreach (var (key, text) in Data)
        {
            if (string.Equals(key, mimeType, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The plain-text representation, which every bundle has.</summary>
    public string PlainText => Get(MimeTypes.PlainText) ?? string.Empty;

    /// <summary>The HTML representation, or <see langword="null"/> when the value has none.</summary>
    public string? Html => Get(MimeTypes.Html);
}
