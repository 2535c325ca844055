using System.Text;

namespace MedTwin.Notebooks.Display;

/// <summary>
/// Writes the HTML tables of data frames and sequences of objects: no ids, no styles that depend on the
/// page, every text escaped, a missing value as a marked "NA" cell.
/// </summary>
internal static class HtmlTable
{
    /// <summary>The cell written for a missing value.</summary>
    public const string MissingCell = "<td class=\"medtwin-na\"><em>NA</em></td>";

    /// <summary>The table wrapped in a div, with an optional caption above and footer below.</summary>
    /// <param name="cssClass">The class of the wrapping div.</param>
    /// <param name="caption">Written above the table (plain text), e.g. the shape.</param>
    /// <param name="columns">Column names with an optional type name written under each.</param>
    /// <param name="rows">Cell texts; <see langword="null"/> is a missing value.</param>
    /// <param name="footer">Written below the table (plain text), e.g. how many rows are not shown.</param>
    public static string Write(
        string cssClass,
        string? caption,
        IReadOnlyList<(string Name, string? Type)> columns,
        IEnumerable<IReadOnlyList<string?>> rows,
        string? footer)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"").Append(Html.Encode(cssClass)).Append("\">\n");
        if (caption is not null)
        {
            html.Append("<p>").Append(Html.Encode(caption)).Append("</p>\n");
        }

        if (columns.Count > 0)
        {
            html.Append("<table>\n<thead>\n<tr>");
            foreach (var (name, type) in columns)
            {
                html.Append("<th>").Append(Html.Encode(name));
                if (type is not null)
                {
                    html.Append("<br><small>").Append(Html.Encode(type)).Append("</small>");
                }

                html.Append("</th>");
            }

            html.Append("</tr>\n</thead>\n<tbody>\n");
            foreach (var row in rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append(cell is null ? MissingCell : "<td>" + Html.Encode(cell) + "</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        if (footer is not null)
        {
            html.Append("<p>").Append(Html.Encode(footer)).Append("</p>\n");
        }

        return html.Append("</div>").ToString();
    }
}
