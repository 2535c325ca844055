using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// An executed notebook as one self-contained HTML page, for reviewers: what <c>medtwin reproduce</c> writes beside its
/// verdict. Markdown is rendered, code is shown with Jupyter's <c>In [n]:</c> prompt and its outputs below it, and the run
/// manifest closes the page. The page loads nothing from elsewhere (styles are inline, images are <c>data:</c> URIs) but,
/// when given its address, the one plotly.js file of the report folder, so it reads offline; and it is deterministic: the
/// same notebook gives the same bytes, with no time, random id or culture in it.
/// </summary>
public static class NotebookHtmlRenderer
{
    /// <summary>Renders <paramref name="notebook"/> as an HTML5 page.</summary>
    /// <param name="notebook">The notebook, with its outputs.</param>
    /// <param name="title">The page's title, e.g. the notebook's path relative to the repository; shown escaped.</param>
    /// <param name="plotlyScriptUrl">
    /// Where plotly.js is, relative to the page (e.g. <c>../plotly.min.js</c>): charts are then drawn interactively beside
    /// their static SVG. Null shows charts as their SVG only, and the page needs no other file.
    /// </param>
    /// <returns>The page, lines ending in "\n".</returns>
    public static string Render(NotebookDocument notebook, string title, string? plotlyScriptUrl = null)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder();
        HtmlPage.Begin(html, title);
        html.Append("<header class=\"page-header\"><p class=\"page-title\">").Append(HtmlText.Encode(title)).Append("</p></header>\n");
        var defaultKernel = notebook.DefaultKernelName;
        var charts = new PageCharts(plotlyScriptUrl);
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            AppendCell(html, notebook.Cells[index], index + 1, defaultKernel, charts);
        }

        ManifestHtml.Append(html, notebook);
        charts.AppendScripts(html);
        HtmlPage.End(html);
        return html.ToString();
    }

    private static void AppendCell(StringBuilder html, NotebookCell cell, int number, string defaultKernel, PageCharts charts)
    {
        // Ids come from the cell's position, so they are the same on every render and unique in the page.
        var id = "nb-cell-" + number.ToString(CultureInfo.InvariantCulture);
        switch (cell.Kind)
        {
            case NotebookCellKind.Markdown:
                html.Append("<section class=\"cell markdown-cell\" id=\"").Append(id).Append("\">\n")
                    .Append("<div class=\"prompt\"></div>\n")
                    .Append("<div class=\"body markdown\">\n")
                    .Append(MarkdownHtml.Render(cell.Source, cell.Json["attachments"] as JsonObject))
                    .Append("</div>\n");
                break;
            case NotebookCellKind.Raw:
                html.Append("<section class=\"cell raw-cell\" id=\"").Append(id).Append("\">\n")
                    .Append("<div class=\"prompt\"></div>\n")
                    .Append("<div class=\"body raw\"><pre>").Append(HtmlText.Encode(cell.Source)).Append("</pre></div>\n");
                break;
            default:
                AppendCodeCell(html, cell, id, defaultKernel, charts);
                break;
        }

        html.Append("</section>\n");
    }

    private static void AppendCodeCell(StringBuilder html, NotebookCell cell, string id, string defaultKernel, PageCharts charts)
    {
        var kernel = cell.KernelName;
        html.Append("<section class=\"cell code-cell\" id=\"").Append(id).Append("\">\n")
            .Append("<div class=\"prompt\">").Append(HtmlText.Encode(OutputHtml.InPrompt(cell.ExecutionCount)));

        // Polyglot notebooks mix kernels; name the kernel where it is not the notebook's default.
        if (!string.Equals(kernel, defaultKernel, StringComparison.Ordinal))
        {
            html.Append("<span class=\"kernel\">").Append(HtmlText.Encode(kernel)).Append("</span>");
        }

        html.Append("</div>\n")
            .Append("<div class=\"body source\"><pre><code class=\"language-").Append(HtmlText.Encode(kernel)).Append("\">")
            .Append(HtmlText.Encode(cell.Code))
            .Append("</code></pre></div>\n");
        foreach (var output in cell.Outputs)
        {
            OutputHtml.Append(html, output, charts);
        }
    }
}
