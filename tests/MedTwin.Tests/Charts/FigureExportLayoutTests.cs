using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MedTwin.Charts;
using Plotly.NET;

namespace MedTwin.Tests.Charts;

/// <summary>Where the static rendering puts labels and legends so that they stay readable, as plotly.js would place them.</summary>
public sealed partial class FigureExportLayoutTests
{
    [Fact]
    public void Category_labels_that_would_run_into_each_other_are_turned_and_short_ones_are_not()
    {
        string[] longNames = ["pregnancies", "glucose", "diastolic pressure", "triceps skinfold", "insulin", "body mass index", "pedigree", "age", "outcome"];
        string[] shortNames = ["a", "b", "c"];

        Assert.All(LabelTransforms(Bars(longNames), longNames), transform => Assert.Contains("rotate(-30", transform, StringComparison.Ordinal));
        Assert.All(LabelTransforms(Bars(shortNames), shortNames), transform => Assert.DoesNotContain("rotate", transform, StringComparison.Ordinal));
    }

    [Fact]
    public void Stacked_bars_list_their_legend_top_down_in_the_order_they_are_stacked_as_plotly_does()
    {
        var svg = XDocument.Parse(ChartSamples.Missingness().ToSvg());

        Assert.True(LegendY(svg, "declared not measured") < LegendY(svg, "empty"));
    }

    [Fact]
    public void A_legend_of_long_names_goes_below_the_plot_which_keeps_most_of_the_width()
    {
        var curve = new CurveSeries("gradient-boosted trees (FastTree, 100 trees of 20 leaves) (AUC 0.813)", [0, 0.5, 1], [0, 0.8, 1]);
        var svg = XDocument.Parse(ModelCharts.Roc("ROC", curve, curve with { Name = "logistic regression (unpenalised) (AUC 0.835)" }).ToSvg(600, 500));

        Assert.True(LegendY(svg, curve.Name) > 500 * 0.6, "the legend should sit below the plot");
    }

    [Theory]
    [InlineData("[[1], [2], [3]]", 3)]
    [InlineData("[[4, 5, 6]]", 3)]
    [InlineData("[[7]]", 1)]
    [InlineData("[[2, 2], [2, 2]]", 4)]
    public void A_heatmap_of_one_column_one_row_or_one_value_draws_every_cell_in_a_colour(string z, int cells)
    {
        var trace = new Trace2D("heatmap");
        trace.SetProperty("z", System.Text.Json.JsonSerializer.Deserialize<double[][]>(z)!);
        var svg = GenericChart.ofTraceObject(true, trace).ToSvg(500, 400);

        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        var figure = new SvgFigure(svg);
        Assert.Equal(cells, figure.FilledInside(figure.PlotArea("rgb(229,236,246)")).Count);
    }

    [Theory]
    [InlineData("annotations", """[{"x":1,"y":1,"text":"peak","font":{"size":-5}}]""", "layout.annotations[0].font.size")]
    [InlineData("annotations", """[{"x":1,"y":1,"text":"peak","font":{"size":0}}]""", "layout.annotations[0].font.size")]
    [InlineData("annotations", """[{"x":1,"y":1,"text":"peak","textangle":"NaN"}]""", "layout.annotations[0].textangle")]
    [InlineData("annotations", """[{"x":1,"y":1,"text":"peak","ax":"Infinity"}]""", "layout.annotations[0].ax")]
    [InlineData("title", """{"text":"T","font":{"size":0}}""", "layout.title.font.size")]
    public void A_font_size_or_angle_a_drawing_cannot_use_is_an_error_naming_its_place(string property, string json, string where)
    {
        var figure = """{"data":[{"type":"scatter","x":[0,1,2],"y":[0,1,0]}],"layout":{"width":500,"height":400,"PROPERTY":VALUE}}"""
            .Replace("PROPERTY", property, StringComparison.Ordinal).Replace("VALUE", json, StringComparison.Ordinal);

        var error = Assert.Throws<ArgumentException>(() => FigureExport.SvgOfJson(figure));

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }

    private static GenericChart Bars(string[] names)
    {
        var trace = new Trace2D("bar");
        trace.SetProperty("x", names);
        trace.SetProperty("y", names.Select((_, i) => (double)i + 1).ToArray());
        return GenericChart.ofTraceObject(true, trace);
    }

    private static List<string> LabelTransforms(GenericChart chart, string[] labels)
    {
        var texts = XDocument.Parse(chart.ToSvg(600, 400)).Descendants().Where(e => e.Name.LocalName == "text" && labels.Contains(e.Value)).ToList();
        Assert.Equal(labels.Length, texts.Count);
        return [.. texts.Select(t => (string?)t.Attribute("transform") ?? "")];
    }

    private static double LegendY(XDocument svg, string name)
    {
        var text = svg.Descendants().Single(e => e.Name.LocalName == "text" && e.Value == name);
        var match = Translate().Match((string?)text.Attribute("transform") ?? "");
        Assert.True(match.Success, $"'{name}' has no position.");
        return double.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"translate\((?<x>[-0-9.]+),(?<y>[-0-9.]+)\)")]
    private static partial Regex Translate();
}
