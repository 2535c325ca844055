using System.Globalization;
using System.Text;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// The index page of a reproduction (<c>artifacts/reproduce/index.html</c>): a table of the notebooks run, each linking to its
/// page from <see cref="NotebookHtmlRenderer"/>, with its verdict and duration. Self-contained like the notebook pages.
/// </summary>
public static class ReproduceIndexRenderer
{
    /// <summary>Renders the index page; rows keep the order of <paramref name="entries"/>.</summary>
    /// <param name="entries">One entry per notebook.</param>
    /// <param name="title">The page's heading and title; shown escaped.</param>
    /// <returns>The page, lines ending in "\n".</returns>
    /// <remarks>
    /// A result is styled as a success when it starts with "identical", as a failure when it starts with "failed", and as a
    /// difference otherwise; the text itself is shown as given.
    /// </remarks>
    /// <exception cref="ArgumentException">An entry's <see cref="IndexEntry.HtmlPath"/> is empty, rooted or has an empty segment.</exception>
    public static string Render(IReadOnlyList<IndexEntry> entries, string title = "MedTwin reproduction")
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder();
        HtmlPage.Begin(html, title);
        html.Append("<h1>").Append(HtmlText.Encode(title)).Append("</h1>\n")
            .Append("<p>").Append(entries.Count.ToString(CultureInfo.InvariantCulture))
            .Append(entries.Count == 1 ? " notebook" : " notebooks").Append(" run and compared with their committed outputs.</p>\n")
            .Append("<table class=\"index\">\n")
            .Append("<thead><tr><th>Notebook</th><th>Cells</th><th>Result</th><th>Duration</th></tr></thead>\n")
            .Append("<tbody>\n");
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            html.Append("<tr><td><a href=\"").Append(HtmlText.Encode(RelativeUrl(entry.HtmlPath))).Append("\">")
                .Append(HtmlText.Encode(entry.NotebookPath)).Append("</a></td>")
                .Append("<td class=\"number\">").Append(entry.CellCount.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"").Append(ResultClass(entry.Result)).Append("\">").Append(HtmlText.Encode(entry.Result)).Append("</td>")
                .Append("<td class=\"number\">").Append(HtmlText.Encode(entry.Duration)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        html.Append("<footer class=\"page-footer\"><p>Each page shows a notebook with the outputs of this run; durations vary between runs and are not verified.</p></footer>\n");
        HtmlPage.End(html);
        return html.ToString();
    }

    /// <summary>A relative path as a URL: each segment percent-encoded, so '#', '?', '%', ':' and quotes stay part of the file name.</summary>
    private static string RelativeUrl(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Replace('\\', '/').Split('/');
        if (segments.Any(segment => segment.Length == 0))
        {
            throw new ArgumentException(
                $"The page path \"{path}\" must be relative to the index, '/'-separated, with no empty segment (no leading '/').",
                nameof(path));
        }

        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static string ResultClass(string result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.StartsWith("identical", StringComparison.OrdinalIgnoreCase) ? "result-identical"
            : result.StartsWith("failed", StringComparison.OrdinalIgnoreCase) ? "result-failed"
            : "result-differs";
    }
}
