using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>
/// Jupyter's multi-line strings: a single string, or an array of lines each ending in "\n" but the last.
/// Reading joins either; replacing keeps the representation that was read; new text is split after each "\n", as nbformat and VS Code write it.
/// </summary>
internal static class MultilineText
{
    public static bool IsValid(JsonNode? node) => node switch
    {
        JsonValue value => value.GetValueKind() == JsonValueKind.String,
        JsonArray lines => lines.All(line => line is JsonValue value && value.GetValueKind() == JsonValueKind.String),
        _ => false,
    };

    /// <summary>The text of a node that <see cref="IsValid"/> accepted; an absent node is empty text.</summary>
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(line => line!.GetValue<string>())),
        _ => node.GetValue<string>(),
    };

    /// <summary>New text as an array of lines, split after each "\n"; empty text is an empty array.</summary>
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(JsonValue.Create(text[start..next]));
            start = next;
        }

        return lines;
    }

    /// <summary>New text in the representation of <paramref name="existing"/>: a string stays a string, anything else becomes lines.</summary>
    public static JsonNode Replace(JsonNode? existing, string text)
        => existing is JsonValue ? JsonValue.Create(text) : ToLines(text);
}
