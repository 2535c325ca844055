using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Plotly.NET;

namespace MedTwin.Notebooks.Display;

/// <summary>
/// text/html for a Plotly.NET chart: a self-contained fragment that embeds plotly.js and gives the same bytes on
/// every run.
/// </summary>
/// <remarks>
/// Every chart output carries all of plotly.js (about 3.6 MB) rather than only the first chart of a run: VS Code
/// renders outputs separately, viewers render a saved notebook's outputs on their own, and a chart that relied on an
/// earlier output's script would go blank when that output is cleared or its cell re-run. Where front ends share one
/// page the script skips its work when <c>window.Plotly</c> is already there. Plotly.NET's own HTML is not used: it
/// names the div with a random Guid, links plotly.js from a CDN and leaves "&lt;/script&gt;" in chart text unescaped.
/// </remarks>
internal static class PlotlyChartHtmlFormatter
{
    public static string Format(GenericChart chart)
    {
        using var figure = JsonDocument.Parse(GenericChart.toJson(chart));
        var data = ScriptSafe(Part(figure, "data", "[]"));
        var layout = ScriptSafe(Part(figure, "layout", "{}"));
        var config = ScriptSafe(Part(figure, "config", "{}"));
        var id = "medtwin-chart-" + ContentHash(data, layout, config);

        var html = new StringBuilder(PlotlyJavaScript.Source.Length + data.Length + layout.Length + 1024);
        html.Append("<div class=\"medtwin-chart\">\n");
        html.Append("<div id=\"").Append(id).Append("\"></div>\n");
        // The UMD header of plotly.js registers with AMD or CommonJS when it sees them (Jupyter's require.js);
        // hiding them makes it set window.Plotly, which the render script below uses.
        html.Append("<script type=\"text/javascript\">\nif (typeof window.Plotly === \"undefined\") {\n");
        html.Append("(function (define, exports, module) {\n");
        html.Append(PlotlyJavaScript.Source);
        html.Append("\n})();\n}\n</script>\n");
        html.Append("<script type=\"text/javascript\">\n(function () {\n");
        // Two identical charts share an id, so the script finds its own div beside it before falling back to the id.
        html.Append("var script = document.currentScript;\n");
        html.Append("var target = (script && script.parentNode && script.parentNode.firstElementChild) || document.getElementById(\"")
            .Append(id).Append("\");\n");
        html.Append("var data = ").Append(data).Append(";\n");
        html.Append("var layout = ").Append(layout).Append(";\n");
        html.Append("var config = ").Append(config).Append(";\n");
        html.Append("window.Plotly.newPlot(target, data, layout, config);\n");
        html.Append("})();\n</script>\n</div>");
        return html.ToString();
    }

    private static string Part(JsonDocument figure, string name, string empty) =>
        figure.RootElement.TryGetProperty(name, out var part) ? part.GetRawText() : empty;

    // In JSON '<' and the JS line separators occur only inside strings, where their \u escapes mean the same;
    // escaped, no chart text can close the script element or open an HTML comment.
    private static string ScriptSafe(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    private static string ContentHash(string data, string layout, string config)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(data + "\n" + layout + "\n" + config));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
