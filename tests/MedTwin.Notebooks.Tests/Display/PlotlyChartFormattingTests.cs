using System.Text.Json.Nodes;
using System.Xml.Linq;
using MedTwin.Notebooks.Display;

namespace MedTwin.Notebooks.Tests.Display;

public sealed class PlotlyChartFormattingTests
{
    private readonly DisplayFormatter formatter = new();

    [Fact]
    public void A_chart_is_its_plotly_figure_a_static_svg_and_a_line_of_text_and_carries_no_script()
    {
        var chart = formatter.Format(TestCharts.Glucose());

        Assert.Equal([MimeTypes.PlotlyJson, MimeTypes.Svg, MimeTypes.PlainText], chart.Data.Select(entry => entry.Key));
        Assert.Null(chart.Html);
        Assert.All(chart.Data, entry => Assert.DoesNotContain("<script", entry.Value, StringComparison.OrdinalIgnoreCase));
        Assert.All(chart.Data, entry => Assert.DoesNotContain("plotly.js v", entry.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void The_plotly_json_carries_the_figures_data_layout_and_config()
    {
        var figure = JsonNode.Parse(formatter.Format(TestCharts.Glucose()).Get(MimeTypes.PlotlyJson)!)!.AsObject();

        Assert.Equal(["data", "layout", "config"], figure.Select(p => p.Key));
        Assert.Equal("""[{"type":"scatter","name":"glucose","x":[0.0,30.0,60.0,90.0],"y":[5.1,7.8,6.9,5.6]}]""", figure["data"]!.ToJsonString());
        Assert.NotNull(figure["layout"]!["template"]);
    }

    [Fact]
    public void The_svg_is_a_well_formed_document_whose_legend_names_the_traces()
    {
        var svg = XDocument.Parse(formatter.Format(TestCharts.Pair("glucose", "insulin")).Get(MimeTypes.Svg)!);

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "glucose");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "insulin");
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
    public void Markup_in_a_traces_name_stays_text_in_the_svg()
    {
        const string Name = "</svg><script>alert(1)</script>";

        var svg = XDocument.Parse(formatter.Format(TestCharts.Pair(Name, "other")).Get(MimeTypes.Svg)!);

        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == Name);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Another_culture_gives_the_same_bytes(string culture)
    {
        var invariant = formatter.Format(TestCharts.Glucose());
        using var scope = new CultureScope(culture);

        var local = formatter.Format(TestCharts.Glucose());

        Assert.Equal(invariant.Data, local.Data);
    }

    [Fact]
    public void The_plain_text_names_the_traces()
    {
        Assert.Equal("Plotly chart: 1 trace (scatter)", formatter.Format(TestCharts.Glucose()).PlainText);
    }
}
