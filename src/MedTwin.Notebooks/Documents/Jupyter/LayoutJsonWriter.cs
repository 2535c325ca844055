using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents.Jupyter;

/// <summary>
/// Writes a JSON tree in a given <see cref="JsonLayout"/>, keys in the tree's order. Strings and numbers read from a file are
/// written as their original text (1.0 stays 1.0, an escape stays the escape it was); new values are written as Python and
/// JavaScript write them.
/// </summary>
internal static class LayoutJsonWriter
{
    /// <summary>Deeper trees are refused rather than risk the stack; the readers refuse them first.</summary>
    public const int MaxDepth = 256;

    private static readonly JsonSerializerOptions ValueOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode? root, JsonLayout layout)
    {
        var text = new StringBuilder();
        if (layout.ByteOrderMark)
        {
            text.Append('\uFEFF');
        }

        text.Append(layout.Leading);
        WriteNode(text, root, layout, 0);
        text.Append(layout.Trailing);
        return text.ToString();
    }

    private static void WriteNode(StringBuilder text, JsonNode? node, JsonLayout layout, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"The notebook's JSON is nested deeper than {MaxDepth} levels.");
        }

        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject members:
                WriteContainer(text, members, '{', '}', layout, depth, (member, level) =>
                {
                    JsonStringEscaper.Append(text, member.Key, layout.AsciiOnly);
                    text.Append(layout.KeySeparator);
                    WriteNode(text, member.Value, layout, level);
                });
                break;
            case JsonArray elements:
                WriteContainer(text, elements, '[', ']', layout, depth, (element, level) => WriteNode(text, element, layout, level));
                break;
            default:
                WriteValue(text, node.AsValue(), layout, depth);
                break;
        }
    }

    private static void WriteContainer<T>(
        StringBuilder text, ICollection<T> items, char open, char close, JsonLayout layout, int depth, Action<T, int> writeItem)
    {
        text.Append(open);
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                text.Append(layout.ItemSeparator);
            }

            first = false;
            AppendLineBreak(text, layout, depth + 1);
            writeItem(item, depth + 1);
        }

        if (items.Count > 0)
        {
            AppendLineBreak(text, layout, depth);
        }

        text.Append(close);
    }

    private static void AppendLineBreak(StringBuilder text, JsonLayout layout, int depth)
    {
        if (!layout.Multiline)
        {
            return;
        }

        text.Append(layout.Newline);
        for (var i = 0; i < depth; i++)
        {
            text.Append(layout.Indent);
        }
    }

    private static void WriteValue(StringBuilder text, JsonValue value, JsonLayout layout, int depth)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                WriteNode(text, JsonNode.Parse(element.GetRawText()), layout, depth);
            }
            else
            {
                text.Append(element.GetRawText());
            }

            return;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var str = value.TryGetValue<string>(out var s) ? s : JsonSerializer.Deserialize<string>(value.ToJsonString(ValueOptions))!;
                JsonStringEscaper.Append(text, str, layout.AsciiOnly);
                break;
            case JsonValueKind.Object or JsonValueKind.Array:
                // A value wrapping a .NET object: write the JSON it serializes to in this layout.
                WriteNode(text, JsonNode.Parse(value.ToJsonString(ValueOptions)), layout, depth);
                break;
            default:
                text.Append(value.ToJsonString(ValueOptions));
                break;
        }
    }
}
