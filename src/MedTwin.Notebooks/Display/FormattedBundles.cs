using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Display;

/// <summary>
/// A <see cref="FormattedValue"/> as nbformat and the Jupyter protocol hold it: JSON MIME types as JSON, the rest as text
/// (nbformat splits text into lines; a message carries one string).
/// </summary>
internal static class FormattedBundles
{
    /// <exception cref="InvalidOperationException">A formatter gave text that is not JSON for a JSON MIME type; the message names the type.</exception>
    public static MimeBundle ToBundle(FormattedValue value)
    {
        var bundle = new MimeBundle();
        foreach (var (mimeType, text) in value.Data)
        {
            if (MimeBundle.IsJsonMimeType(mimeType))
            {
                bundle.SetJson(mimeType, ParseJson(mimeType, text));
            }
            else
            {
                bundle.SetText(mimeType, text);
            }
        }

        return bundle;
    }

    /// <summary>The <c>data</c> of a <c>display_data</c> or <c>execute_result</c> message.</summary>
    /// <exception cref="InvalidOperationException">A formatter gave text that is not JSON for a JSON MIME type; the message names the type.</exception>
    public static JsonObject ToMessageData(FormattedValue value)
    {
        var data = new JsonObject();
        foreach (var (mimeType, text) in value.Data)
        {
            data[mimeType] = MimeBundle.IsJsonMimeType(mimeType) ? ParseJson(mimeType, text) : JsonValue.Create(text);
        }

        return data;
    }

    private static JsonNode ParseJson(string mimeType, string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? throw new InvalidOperationException($"The formatter for {mimeType} gave JSON null; a bundle holds an object or an array.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The formatter for {mimeType} gave text that is not JSON: {e.Message}", e);
        }
    }
}
