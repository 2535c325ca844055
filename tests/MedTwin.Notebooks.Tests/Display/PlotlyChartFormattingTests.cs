using System.Text.RegularExpressions;
using MedTwin.Notebooks.Display;

namespace MedTwin.Notebooks.Tests.Display;

public sealed partial class PlotlyChartFormattingTests
{
    private readonly DisplayFormatter formatter = new();

    [GeneratedRegex("""<script[^>]*\bsrc\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithSource();

    [GeneratedRegex("id=\"(medtwin-chart-[0-9a-f]{16})\"")]
    private static partial Regex ChartId();

    [Fact]
    public void The_chart_html_embeds_plotly_js_and_loads_no_script_from_the_network()
    {
        var html = formatter.Format(TestCharts.Glucose()).Html!;

        Assert.Contains(PlotlyJavaScript.Source, html, StringComparison.Ordinal);
        Assert.Contains("plotly.js v2.", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ScriptWithSource(), html);
        Assert.DoesNotContain("cdn.plot.ly/plotly", html, StringComparison.Ordinal);
        Assert.Contains("window.Plotly.newPlot(target, data, layout, config);", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_html_carries_the_chart_data()
    {
        var html = formatter.Format(TestCharts.Glucose()).Html!;

        Assert.Contains("var data = [{\"type\":\"scatter\",\"name\":\"glucose\",\"x\":[0.0,30.0,60.0,90.0],\"y\":[5.1,7.8,6.9,5.6]}];", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_the_same_chart_again_or_in_a_fresh_formatter_gives_identical_bytes()
    {
        var first = formatter.Format(TestCharts.Glucose());
        var again = formatter.Format(TestCharts.Glucose());
        var fresh = new DisplayFormatter().Format(TestCharts.Glucose());

        Assert.Equal(first.Data, again.Data);
        Assert.Equal(first.Data, fresh.Data);
    }

    [Fact]
    public void The_div_id_is_derived_from_the_chart_so_different_charts_get_different_ids()
    {
        var glucose = ChartId().Match(formatter.Format(TestCharts.Glucose()).Html!);
        var insulin = ChartId().Match(formatter.Format(TestCharts.Scatter("insulin", [0, 30], [12, 60])).Html!);

        Assert.True(glucose.Success);
        Assert.True(insulin.Success);
        Assert.NotEqual(glucose.Groups[1].Value, insulin.Groups[1].Value);
    }

    [Fact]
    public void Text_in_the_chart_cannot_close_the_script_element()
    {
        var html = formatter.Format(TestCharts.Scatter("</script><script>alert(1)</script><!--", [1], [2])).Html!;

        Assert.Equal(2, Regex.Count(html, "</script>", RegexOptions.IgnoreCase));
        Assert.Contains("\"name\":\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_in_the_chart_use_a_decimal_point_under_a_german_culture()
    {
        using var german = new CultureScope("de-DE");

        var html = formatter.Format(TestCharts.Glucose()).Html!;

        Assert.Contains("\"y\":[5.1,7.8,6.9,5.6]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_text_names_the_traces()
    {
        Assert.Equal("Plotly chart: 1 trace (scatter)", formatter.Format(TestCharts.Glucose()).PlainText);
    }
}
