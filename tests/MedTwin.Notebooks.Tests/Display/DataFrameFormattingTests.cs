using MedTwin.Notebooks.Display;
using Microsoft.Data.Analysis;

namespace MedTwin.Notebooks.Tests.Display;

public sealed class DataFrameFormattingTests
{
    private readonly DisplayFormatter formatter = new();

    private static DataFrame Cohort() => new(
        new Int32DataFrameColumn("Age", [54, 61, null]),
        new DoubleDataFrameColumn("Glucose", [5.5, null, 10.25]),
        new StringDataFrameColumn("Sex", ["F", "M", null]));

    private static DataFrame Numbers(int rows) => new(new Int32DataFrameColumn("N", Enumerable.Range(0, rows)));

    [Fact]
    public void The_html_shows_the_shape_the_column_names_and_types_and_the_rows()
    {
        var html = formatter.Format(Cohort()).Html;

        Assert.Equal(
            """
            <div class="medtwin-dataframe">
            <p>3 rows × 3 columns</p>
            <table>
            <thead>
            <tr><th>Age<br><small>int</small></th><th>Glucose<br><small>double</small></th><th>Sex<br><small>string</small></th></tr>
            </thead>
            <tbody>
            <tr><td>54</td><td>5.5</td><td>F</td></tr>
            <tr><td>61</td><td class="medtwin-na"><em>NA</em></td><td>M</td></tr>
            <tr><td class="medtwin-na"><em>NA</em></td><td>10.25</td><td class="medtwin-na"><em>NA</em></td></tr>
            </tbody>
            </table>
            </div>
            """.ReplaceLineEndings("\n"),
            html);
    }

    [Fact]
    public void The_plain_text_is_an_aligned_table_under_a_shape_line_with_missing_values_marked()
    {
        var text = formatter.Format(Cohort()).PlainText;

        Assert.Equal(
            """
            3 rows × 3 columns
            Age   Glucose  Sex
            int   double   string
            ----  -------  ------
              54      5.5  F
              61     <NA>  M
            <NA>    10.25  <NA>
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void The_bundle_lists_html_before_plain_text()
    {
        var data = formatter.Format(Cohort()).Data;

        Assert.Equal([MimeTypes.Html, MimeTypes.PlainText], data.Select(pair => pair.Key));
    }

    [Fact]
    public void An_empty_data_frame_shows_its_shape_and_no_table()
    {
        var result = formatter.Format(new DataFrame());

        Assert.Equal("<div class=\"medtwin-dataframe\">\n<p>0 rows × 0 columns</p>\n</div>", result.Html);
        Assert.Equal("0 rows × 0 columns", result.PlainText);
    }

    [Fact]
    public void A_data_frame_without_rows_still_shows_its_columns()
    {
        var result = formatter.Format(Numbers(0));

        Assert.Contains("<p>0 rows × 1 column</p>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<th>N<br><small>int</small></th>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<tbody>\n</tbody>", result.Html, StringComparison.Ordinal);
        Assert.Equal("0 rows × 1 column\nN\nint\n---", result.PlainText);
    }

    [Fact]
    public void Only_the_first_20_rows_are_shown_and_the_rest_are_counted()
    {
        var result = formatter.Format(Numbers(768));

        Assert.Contains("<p>768 rows × 1 column</p>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>19</td></tr>", result.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>20</td>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<p>... (748 more rows)</p>", result.Html, StringComparison.Ordinal);
        Assert.EndsWith("\n 19\n... (748 more rows)", result.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_number_of_rows_shown_is_configurable()
    {
        var result = new DisplayFormatter(new FormatterOptions { MaxRows = 2 }).Format(Numbers(3));

        Assert.Equal(2, CountOf("<tr><td>", result.Html!));
        Assert.Contains("... (1 more row)", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_in_cells_and_column_names_is_html_escaped()
    {
        var frame = new DataFrame(new StringDataFrameColumn("<script>alert('name')</script>", ["<script>alert(\"x\")</script> & more"]));

        var html = formatter.Format(frame).Html!;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<th>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;<br>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_use_a_decimal_point_under_a_german_culture()
    {
        using var german = new CultureScope("de-DE");

        var result = formatter.Format(Cohort());

        Assert.Contains("<td>10.25</td>", result.Html, StringComparison.Ordinal);
        Assert.Contains("  10.25  ", result.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("10,25", result.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_the_same_data_frame_again_or_in_a_fresh_formatter_gives_identical_bytes()
    {
        var first = formatter.Format(Cohort());
        var again = formatter.Format(Cohort());
        var fresh = new DisplayFormatter().Format(Cohort());

        Assert.Equal(first.Data, again.Data);
        Assert.Equal(first.Data, fresh.Data);
        Assert.DoesNotContain(" id=", first.Html, StringComparison.Ordinal);
    }

    private static int CountOf(string needle, string text) =>
        (text.Length - text.Replace(needle, string.Empty, StringComparison.Ordinal).Length) / needle.Length;
}
