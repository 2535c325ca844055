using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>
/// An output's data keyed by MIME type (<c>text/plain</c>, <c>text/html</c>, <c>image/png</c>, <c>application/json</c>, …), as Jupyter stores it.
/// Text keeps the representation it was read in (one string or an array of lines); JSON MIME types (<c>application/json</c>,
/// <c>application/*+json</c>) hold JSON. A bundle read from a notebook is a live view: changing it changes the notebook.
/// </summary>
public sealed class MimeBundle
{
    /// <summary>An empty bundle, to fill with <see cref="SetText"/> and <see cref="SetJson"/> for a new output.</summary>
    public MimeBundle()
        : this([])
    {
    }

    internal MimeBundle(JsonObject json) => Json = json;

    internal JsonObject Json { get; }

    /// <summary>The MIME types present, in the order stored.</summary>
    public IReadOnlyList<string> MimeTypes => [.. Json.Select(entry => entry.Key)];

    /// <summary>Whether the bundle holds <paramref name="mimeType"/>.</summary>
    public bool Contains(string mimeType) => Json.ContainsKey(mimeType);

    /// <summary>The text stored for <paramref name="mimeType"/> (lines joined), or null if absent.</summary>
    /// <exception cref="InvalidOperationException">The value is JSON, not text: use <see cref="GetJson"/>.</exception>
    public string? GetText(string mimeType)
    {
        if (!Json.TryGetPropertyValue(mimeType, out var value))
        {
            return null;
        }

        return MultilineText.IsValid(value)
            ? MultilineText.Read(value)
            : throw new InvalidOperationException($"The '{mimeType}' data is JSON, not text; read it with {nameof(GetJson)}.");
    }

    /// <summary>The JSON stored for <paramref name="mimeType"/> (for text, the string or array of lines), or null if absent.</summary>
    public JsonNode? GetJson(string mimeType) => Json[mimeType];

    /// <summary>
    /// Stores text as nbformat writes it: split into lines after each "\n" for <c>text/*</c>, <c>application/javascript</c> and
    /// <c>image/svg+xml</c>; one string otherwise (base64 images). MIME types are kept in sorted order.
    /// </summary>
    /// <returns>This bundle.</returns>
    public MimeBundle SetText(string mimeType, string text)
    {
        ArgumentNullException.ThrowIfNull(mimeType);
        ArgumentNullException.ThrowIfNull(text);
        var split = mimeType.StartsWith("text/", StringComparison.Ordinal) || mimeType is "application/javascript" or "image/svg+xml";
        Json.SetSorted(mimeType, split ? MultilineText.ToLines(text) : JsonValue.Create(text));
        return this;
    }

    /// <summary>
    /// Stores JSON data, for <c>application/json</c> and <c>application/*+json</c>, its keys sorted at every depth as nbformat
    /// writes them, so a notebook saved by Jupyter and one written by MedTwin agree. MIME types are kept in sorted order.
    /// </summary>
    /// <returns>This bundle.</returns>
    public MimeBundle SetJson(string mimeType, JsonNode json)
    {
        ArgumentNullException.ThrowIfNull(mimeType);
        ArgumentNullException.ThrowIfNull(json);
        Json.SetSorted(mimeType, json.WithSortedKeys());
        return this;
    }

    internal static bool IsJsonMimeType(string mimeType)
        => mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));
}
