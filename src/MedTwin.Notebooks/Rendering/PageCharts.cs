using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// The charts of one report page. Each chart output is shown twice, side by side: the static SVG stored in the notebook
/// (what GitHub and an untrusted JupyterLab show) and, when the page knows where plotly.js is, the interactive figure
/// drawn from the output's own figure JSON. plotly.js is one file beside the report's pages, loaded once per page and
/// never copied into a notebook or a page.
/// </summary>
internal sealed class PageCharts(string? plotlyScriptUrl)
{
    private int count;

    /// <summary>Writes one chart output: its figure (<c>application/vnd.plotly.v1+json</c>) and its static rendering, if any.</summary>
    public void Append(StringBuilder html, JsonNode figure, string? svg)
    {
        count++;
        var id = "nb-chart-" + count.ToString(CultureInfo.InvariantCulture);
        html.Append("<div class=\"chart\">\n");
        if (svg is not null)
        {
            html.Append("<figure class=\"chart-static\">\n<div class=\"svg\">\n")
                .Append(HtmlText.NormalizeLineBreaks(SvgMarkup.WithoutXmlProlog(svg)))
                .Append("\n</div>\n<figcaption>static (SVG, as stored in the notebook)</figcaption>\n</figure>\n");
        }

        if (plotlyScriptUrl is not null)
        {
            html.Append("<figure class=\"chart-interactive\">\n<div class=\"plotly-chart\" id=\"").Append(id).Append("\"></div>\n")
                .Append("<figcaption>interactive (plotly.js, from the figure JSON)</figcaption>\n</figure>\n")
                .Append("<script type=\"application/json\" id=\"").Append(id).Append("-figure\">")
                .Append(ScriptSafeJson(figure.ToJsonString()))
                .Append("</script>\n");
        }
        else if (svg is null)
        {
            html.Append("<p class=\"note\">A Plotly figure with no static rendering: open the notebook in VS Code or JupyterLab to see it.</p>\n");
        }

        html.Append("</div>\n");
    }

    /// <summary>Loads plotly.js once and draws every interactive chart of the page from its figure JSON.</summary>
    public void AppendScripts(StringBuilder html)
    {
        if (count == 0 || plotlyScriptUrl is null)
        {
            return;
        }

        html.Append("<script src=\"").Append(HtmlText.Encode(plotlyScriptUrl)).Append("\"></script>\n")
            .Append("<script>\n").Append(DrawCharts).Append("\n</script>\n");
    }

    // Scaled to the column it sits in, keeping the figure's own aspect, so both renderings show at the same size.
    private const string DrawCharts = """
        document.querySelectorAll("div.plotly-chart").forEach(function (target) {
          if (typeof window.Plotly === "undefined") {
            target.textContent = "plotly.js did not load: it belongs beside this report's index.html.";
            return;
          }
          var figure = JSON.parse(document.getElementById(target.id + "-figure").textContent);
          var layout = figure.layout || {};
          var width = layout.width || 700, height = layout.height || 450;
          layout.width = target.clientWidth || width;
          layout.height = Math.round(height * layout.width / width);
          window.Plotly.newPlot(target, figure.data || [], layout, figure.config || {});
        });
        """;

    // In JSON '<' and the JS line separators occur only inside strings, where their \u escapes mean the same;
    // escaped, no chart text can close the script element.
    private static string ScriptSafeJson(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
