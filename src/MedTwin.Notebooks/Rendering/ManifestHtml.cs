using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// The run manifest a notebook carries in its metadata (<c>medtwin.manifest</c>), shown as a table of its keys and values
/// in the order stored. Nothing is assumed of its schema: an object nested in it becomes a nested table, an array of
/// objects with the same keys (packages, snapshots) a table with a row each, any other array a list.
/// </summary>
internal static class ManifestHtml
{
    /// <summary>The manifest: <c>metadata.medtwin.manifest</c>, or a top-level key spelt <c>"medtwin.manifest"</c>; null if neither is there.</summary>
    public static JsonNode? Find(NotebookDocument notebook)
        => (notebook.GetMetadata("medtwin") as JsonObject)?["manifest"] ?? notebook.GetMetadata("medtwin.manifest");

    public static void Append(StringBuilder html, NotebookDocument notebook)
    {
        html.Append("<footer class=\"page-footer\">\n").Append("<h2>Run manifest</h2>\n");
        switch (Find(notebook))
        {
            case null:
                html.Append("<p class=\"note\">This notebook records no run manifest (metadata <code>medtwin.manifest</code>).</p>\n");
                break;
            case JsonObject manifest:
                AppendTable(html, manifest, "manifest");
                break;
            case var other:
                html.Append("<p class=\"note\">The run manifest is not a JSON object; as stored:</p>\n<pre>")
                    .Append(HtmlText.Encode(other.ToJsonString())).Append("</pre>\n");
                break;
        }

        html.Append("</footer>\n");
    }

    private static void AppendTable(StringBuilder html, JsonObject values, string? cssClass)
    {
        html.Append(cssClass is null ? "<table>\n" : $"<table class=\"{cssClass}\">\n");
        foreach (var (key, value) in values)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(key)).Append("</td><td>");
            AppendValue(html, value);
            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendValue(StringBuilder html, JsonNode? value)
    {
        switch (value)
        {
            case null:
                html.Append("<em>null</em>");
                break;
            case JsonObject nested when nested.Count == 0:
                html.Append("{}");
                break;
            case JsonObject nested:
                html.Append('\n');
                AppendTable(html, nested, cssClass: null);
                break;
            case JsonArray items when items.Count == 0:
                html.Append("[]");
                break;
            case JsonArray items when Columns(items) is { } columns:
                AppendRecords(html, items, columns);
                break;
            case JsonArray items:
                html.Append("\n<ul>\n");
                foreach (var item in items)
                {
                    html.Append("<li>");
                    AppendValue(html, item);
                    html.Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                html.Append(HtmlText.Encode(scalar.GetValue<string>()));
                break;
            default:
                // Numbers and booleans as the JSON has them: its text is culture-invariant.
                html.Append(HtmlText.Encode(value.ToJsonString()));
                break;
        }
    }

    /// <summary>The keys shared, in the same order, by every item of an array of non-empty objects; null for any other array.</summary>
    private static string[]? Columns(JsonArray items)
    {
        if (items.FirstOrDefault() is not JsonObject { Count: > 0 } first)
        {
            return null;
        }

        string[] columns = [.. first.Select(entry => entry.Key)];
        return items.All(item => item is JsonObject row && row.Select(entry => entry.Key).SequenceEqual(columns, StringComparer.Ordinal))
            ? columns
            : null;
    }

    private static void AppendRecords(StringBuilder html, JsonArray items, string[] columns)
    {
        html.Append("\n<table>\n<tr>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(HtmlText.Encode(column)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var row in items.Cast<JsonObject>())
        {
            html.Append("<tr>");
            foreach (var column in columns)
            {
                html.Append("<td>");
                AppendValue(html, row[column]);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }
}
