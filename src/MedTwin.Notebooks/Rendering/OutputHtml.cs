using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Display;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// One output of a code cell as HTML, choosing among a MIME bundle's representations as Jupyter does: what the notebook
/// itself shows (a chart, HTML, then images) before plain text. Text is escaped; HTML and SVG produced by the cell are
/// inserted as they are, since they are the output (DataFrame tables, charts' static renderings).
/// </summary>
internal static class OutputHtml
{
    private static readonly string[] RasterImages = ["image/png", "image/jpeg", "image/gif"];

    private static readonly JsonSerializerOptions IndentedJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Append(StringBuilder html, NotebookOutput output, PageCharts charts)
    {
        switch (output)
        {
            case StreamOutput stream:
                var stderr = stream.Name == "stderr";
                Begin(html, stderr ? "output stream stream-stderr" : "output stream stream-stdout", prompt: null);
                Pre(html, TerminalText.ToDisplayedText(stream.Text));
                break;
            case ExecuteResultOutput result:
                Begin(html, "output result", OutPrompt(result.ExecutionCount));
                AppendBundle(html, result.Data, result.Metadata, charts);
                break;
            case DisplayDataOutput display:
                Begin(html, "output display", prompt: null);
                AppendBundle(html, display.Data, display.Metadata, charts);
                break;
            case ErrorOutput error:
                Begin(html, "output error", prompt: null);
                AppendError(html, error);
                break;
            default:
                Begin(html, "output", prompt: null);
                Note(html, $"Output of type \"{output.OutputType}\" is not shown.");
                break;
        }

        html.Append("</div>\n</div>\n");
    }

    /// <summary>Jupyter's prompt before a code cell, "In [3]:"; "In [ ]:" for a cell that has not run.</summary>
    public static string InPrompt(int? executionCount) => $"In [{Count(executionCount)}]:";

    /// <summary>Jupyter's prompt before a cell's result, "Out[3]:".</summary>
    public static string OutPrompt(int? executionCount) => $"Out[{Count(executionCount)}]:";

    private static string Count(int? executionCount)
        => executionCount is { } count ? count.ToString(CultureInfo.InvariantCulture) : " ";

    private static void Begin(StringBuilder html, string classes, string? prompt)
    {
        html.Append("<div class=\"").Append(classes).Append("\">\n")
            .Append("<div class=\"prompt\">").Append(prompt is null ? "" : HtmlText.Encode(prompt)).Append("</div>\n")
            .Append("<div class=\"body\">\n");
    }

    private static void AppendBundle(StringBuilder html, MimeBundle data, JsonObject metadata, PageCharts charts)
    {
        if (data.GetJson(MimeTypes.PlotlyJson) is JsonObject figure)
        {
            charts.Append(html, figure, Text(data, MimeTypes.Svg));
            return;
        }

        if (Text(data, "text/html") is { } markup)
        {
            html.Append("<div class=\"html\">\n").Append(HtmlText.NormalizeLineBreaks(markup)).Append("\n</div>\n");
            return;
        }

        foreach (var mimeType in RasterImages)
        {
            if (Text(data, mimeType) is { } base64)
            {
                AppendImage(html, mimeType, base64, metadata[mimeType] as JsonObject);
                return;
            }
        }

        if (Text(data, "image/svg+xml") is { } svg)
        {
            html.Append("<div class=\"svg\">\n").Append(HtmlText.NormalizeLineBreaks(SvgMarkup.WithoutXmlProlog(svg))).Append("\n</div>\n");
            return;
        }

        if (Text(data, "text/markdown") is { } markdown)
        {
            html.Append("<div class=\"markdown\">\n").Append(MarkdownHtml.Render(markdown)).Append("</div>\n");
            return;
        }

        if (Text(data, "text/plain") is { } plain)
        {
            Pre(html, TerminalText.ToDisplayedText(plain));
            return;
        }

        if (data.MimeTypes.FirstOrDefault(MimeBundle.IsJsonMimeType) is { } jsonType)
        {
            Pre(html, data.GetJson(jsonType)!.ToJsonString(IndentedJson));
            return;
        }

        // Nothing is dropped silently: say what the output held that this page cannot show.
        Note(html, data.MimeTypes.Count == 0
            ? "Empty output."
            : $"Output not shown: no HTML, image or text representation (it has {string.Join(", ", data.MimeTypes)}).");
    }

    private static void AppendImage(StringBuilder html, string mimeType, string base64, JsonObject? metadata)
    {
        html.Append("<img src=\"").Append(HtmlText.Encode($"data:{mimeType};base64,{Base64.Compact(base64)}")).Append('"');
        foreach (var dimension in (string[])["width", "height"])
        {
            // Jupyter keeps the size an image was displayed at in the output's metadata, by MIME type.
            if (metadata?[dimension] is JsonValue value && value.TryGetValue<int>(out var pixels) && pixels > 0)
            {
                html.Append(' ').Append(dimension).Append("=\"").Append(pixels.ToString(CultureInfo.InvariantCulture)).Append('"');
            }
        }

        html.Append(" alt=\"").Append(HtmlText.Encode(mimeType)).Append(" output\">\n");
    }

    private static void AppendError(StringBuilder html, ErrorOutput error)
    {
        html.Append("<pre><span class=\"error-name\">").Append(HtmlText.Encode(TerminalText.ToDisplayedText(error.ErrorName)))
            .Append("</span>: ").Append(HtmlText.Encode(TerminalText.ToDisplayedText(error.ErrorValue)));
        if (error.Traceback.Count > 0)
        {
            html.Append("\n\n").Append(HtmlText.Encode(TerminalText.ToDisplayedText(string.Join('\n', error.Traceback))));
        }

        html.Append("</pre>\n");
    }

    private static void Pre(StringBuilder html, string text)
        => html.Append("<pre>").Append(HtmlText.Encode(text)).Append("</pre>\n");

    private static void Note(StringBuilder html, string text)
        => html.Append("<p class=\"note\">").Append(HtmlText.Encode(text)).Append("</p>\n");

    /// <summary>The text stored for <paramref name="mimeType"/>, or null if absent or stored as JSON rather than text.</summary>
    private static string? Text(MimeBundle data, string mimeType)
        => data.GetJson(mimeType) is { } node && MultilineText.IsValid(node) ? MultilineText.Read(node) : null;
}
