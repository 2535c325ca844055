using System.Text.Json;
using MedTwin.Charts;
using Plotly.NET;

namespace MedTwin.Tests.Charts;

/// <summary>Each kind of MedTwin figure rendered to SVG, read back and compared with its figure JSON.</summary>
public sealed class FigureExportStructureTests
{
    private const string PlotBackground = "rgb(229,236,246)";
    private const string ErrorBarColor = "rgb(42,63,95)";
    private static readonly string[] Sites = ["north", "south"];
    private static readonly string[] Colorway = ["#123", "#aabbcc"];

    [Fact]
    public void A_line_chart_draws_each_curve_with_its_points_the_observations_as_markers_and_the_reference_level()
    {
        var chart = ChartSamples.Lines();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);

        var fit = Assert.Single(svg.Lines(SvgFigure.TraceColor(chart, 0)), l => l.Length > 2);
        Assert.Equal(PointCount(chart, 0), fit.Length);
        Assert.Equal(PointCount(chart, 1), svg.Markers(SvgFigure.TraceColor(chart, 1)).Count(m => Inside(m, area)));
        var reference = Assert.Single(svg.Lines("rgb(128,128,128)"));
        Assert.True(Inside(reference[0], area), "The reference level widens the y axis as in plotly.js, so it lies in the plot area.");
        Assert.Contains("20", svg.Texts);
        AssertTitles(svg, "Theophylline", "time (h)", "concentration (mg/L)");
        Assert.Contains("fit", svg.Texts);
        Assert.Contains("observed", svg.Texts);
    }

    [Fact]
    public void A_scatter_plot_draws_the_paired_points_and_no_legend_for_one_trace()
    {
        var chart = ChartSamples.Scatter();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);

        Assert.Equal(PointCount(chart, 0), svg.Markers(SvgFigure.TraceColor(chart, 0)).Count(m => Inside(m, area)));
        Assert.DoesNotContain(svg.Texts, t => t.StartsWith("n = ", StringComparison.Ordinal));
        AssertTitles(svg, "Glucose and BMI", "glucose (mg/dL)", "BMI");
    }

    [Fact]
    public void A_histogram_draws_the_bins_written_in_its_traces_with_the_counts_of_each_series()
    {
        var chart = ChartSamples.Histogram();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);
        var bins = SvgFigure.Figure(chart).GetProperty("data")[0].GetProperty("xbins");
        var binCount = (int)Math.Round((bins.GetProperty("end").GetDouble() - bins.GetProperty("start").GetDouble()) / bins.GetProperty("size").GetDouble());

        // neg: 80, 90, 95 | 101, 110 | 120 in bins of 20 from 80; pos: 130 | 150, 155 | 170.
        AssertBarHeights(svg.Rectangles(SvgFigure.TraceColor(chart, 0), area), binCount, [3, 2, 1, 0, 0], vertical: true);
        AssertBarHeights(svg.Rectangles(SvgFigure.TraceColor(chart, 1), area), binCount, [0, 0, 1, 2, 1], vertical: true);
        Assert.Contains("80", svg.Texts);
        Assert.Contains("180", svg.Texts);
        Assert.Contains("neg (n = 6)", svg.Texts);
        Assert.Contains("pos (n = 4, 1 missing)", svg.Texts);
    }

    [Theory]
    [InlineData("roc")]
    [InlineData("precision-recall")]
    public void Roc_and_precision_recall_curves_each_keep_their_points_in_their_colour_on_the_unit_axes(string kind)
    {
        var chart = ChartSamples.All().Single(c => c.Name == kind).Chart;
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);
        var traces = SvgFigure.Figure(chart).GetProperty("data");

        for (var i = 0; i < traces.GetArrayLength(); i++)
        {
            var lines = svg.Lines(SvgFigure.TraceColor(chart, i)).Where(l => l.All(p => Inside(p, area))).ToList();
            Assert.Contains(lines, l => l.Length == PointCount(chart, i));
            Assert.Contains(traces[i].GetProperty("name").GetString(), svg.Texts);
        }

        Assert.Contains("0", svg.Texts);
        Assert.Contains("1", svg.Texts);
        Assert.DoesNotContain("1.2", svg.Texts);
    }

    [Fact]
    public void A_calibration_plot_draws_lines_with_a_marker_at_each_bin()
    {
        var chart = ChartSamples.Calibration();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);
        var color = SvgFigure.TraceColor(chart, 0);

        Assert.Contains(svg.Lines(color), l => l.Length == 2 && l.All(p => Inside(p, area)));
        Assert.Equal(2, svg.Markers(color).Count(m => Inside(m, area)));
    }

    [Fact]
    public void Feature_importance_draws_one_horizontal_bar_per_feature_with_its_error_bar_and_category_labels()
    {
        var chart = ChartSamples.FeatureImportance();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);

        var bars = svg.Rectangles(SvgFigure.TraceColor(chart, 0), area);
        AssertBarHeights(bars, 3, [0.01, 0.05, 0.2], vertical: false);
        var errorBars = svg.Lines(ErrorBarColor).Where(l => l.Length == 2 && Math.Abs(l[0].Y - l[1].Y) < 1e-6).ToList();
        Assert.Equal(3, errorBars.Count);
        Assert.Contains(errorBars, e => Math.Abs(Math.Abs(e[1].X - e[0].X) - (2 * 0.02 / 0.2 * bars.Max(b => b.Width))) < 0.5);
        Assert.Contains("age", svg.Texts);
        Assert.Contains("glucose", svg.Texts);
        Assert.Contains("mass", svg.Texts);
    }

    [Fact]
    public void A_confusion_matrix_draws_one_cell_per_count_with_its_number_and_the_actual_axis_reversed()
    {
        var chart = ChartSamples.ConfusionMatrix();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);

        var cells = svg.FilledInside(area);
        Assert.Equal(4, cells.Count);
        Assert.Contains("rgb(220,220,220)", cells);
        Assert.Contains("rgb(5,10,172)", cells);
        foreach (var count in new[] { "400", "100", "60", "208" })
        {
            Assert.Contains(count, svg.Texts);
        }

        var labels = svg.Root.Descendants().Where(e => e.Name.LocalName == "text" && e.Value is "neg" or "pos").ToList();
        var actual = labels.Where(l => l.Attribute("text-anchor")?.Value == "end").Select(l => (l.Value, Y: TranslateY(l))).ToList();
        Assert.True(actual.Single(l => l.Value == "neg").Y < actual.Single(l => l.Value == "pos").Y, "The actual class axis runs top to bottom.");
    }

    [Fact]
    public void Missingness_stacks_the_sentinel_bars_on_the_empty_ones_per_column()
    {
        var chart = ChartSamples.Missingness();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);

        var empty = svg.Rectangles(SvgFigure.TraceColor(chart, 0), area);
        var sentinel = svg.Rectangles(SvgFigure.TraceColor(chart, 1), area);
        Assert.Equal(3, empty.Count);
        Assert.Equal(3, sentinel.Count);
        var (emptyScore, sentinelScore) = (empty.Single(b => b.Height > 0), sentinel.Single(b => b.Height > 0));
        Assert.Equal(emptyScore.Y, sentinelScore.Y + sentinelScore.Height, 3);
        Assert.Equal(emptyScore.X, sentinelScore.X, 3);
        Assert.Contains("declared not measured", svg.Texts);
        Assert.Contains("score", svg.Texts);
    }

    [Fact]
    public void Subgroup_sizes_draw_a_bar_per_group_and_the_threshold_as_a_dashed_line()
    {
        var chart = ChartSamples.SubgroupSizes();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);

        AssertBarHeights(svg.Rectangles(SvgFigure.TraceColor(chart, 0), area), 2, [3, 1], vertical: true);
        var threshold = Assert.Single(svg.Lines("rgb(178,34,34)"));
        Assert.Equal(area.X, threshold[0].X, 3);
        Assert.Equal(area.X + area.Width, threshold[1].X, 3);
    }

    [Fact]
    public void A_timeline_stacks_its_panels_on_one_time_axis_with_bands_and_event_lines()
    {
        var chart = ChartSamples.Timeline();
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);
        var middle = area.Y + (area.Height / 2);

        var heartRate = Assert.Single(svg.Lines(SvgFigure.TraceColor(chart, 0)), l => l.Length == 4);
        Assert.All(heartRate, p => Assert.True(p.Y < middle, "The first panel is the upper one."));
        var score = svg.Markers(SvgFigure.TraceColor(chart, 1)).Where(m => Inside(m, area)).ToList();
        Assert.Equal(4, score.Count);
        Assert.All(score, p => Assert.True(p.Y > middle, "The second panel is the lower one."));
        Assert.Single(svg.Rectangles("rgb(255,165,0)", area));
        Assert.Single(svg.Rectangles("rgb(255,0,0)", area));
        var alert = Assert.Single(svg.Lines("rgb(178,34,34)"));
        Assert.Equal(area.Y, alert.Min(p => p.Y), 3);
        Assert.Equal(area.Y + area.Height, alert.Max(p => p.Y), 3);
        AssertTitles(svg, "Bed 7", "time (h)", "heart rate (/min)");
        Assert.Contains("NEWS2", svg.Texts);
        Assert.Contains("high", svg.Texts);
        Assert.Contains("alert", svg.Texts);
    }

    [Fact]
    public void Grouped_bars_share_each_category_side_by_side_in_the_layout_colorway()
    {
        var a = PlotlyParts.Trace("bar", "2025", ("x", Sites), ("y", (int[])[4, 6]));
        var b = PlotlyParts.Trace("bar", "2026", ("x", Sites), ("y", (int[])[5, 3]));
        var chart = PlotlyParts.WithLayout(GenericChart.ofTraceObjects(true, new[] { a, b }), "Sites", "site", "patients", ("barmode", "group"), ("colorway", Colorway));
        var svg = new SvgFigure(chart.ToSvg());
        var area = svg.PlotArea(PlotBackground);

        var first = svg.Rectangles("rgb(17,34,51)", area).OrderBy(r => r.X).ToList();
        var second = svg.Rectangles("rgb(170,187,204)", area).OrderBy(r => r.X).ToList();
        AssertBarHeights(first, 2, [4, 6], vertical: true);
        AssertBarHeights(second, 2, [5, 3], vertical: true);
        Assert.Equal(first[0].X + first[0].Width, second[0].X, 3);
        Assert.Equal(first[0].Width, second[0].Width, 3);
        Assert.True(second[0].X + second[0].Width < first[1].X, "Each category's pair is apart from the next.");
    }

    [Fact]
    public void The_size_comes_from_the_layout_or_the_arguments()
    {
        var fromLayout = new SvgFigure(ChartSamples.Timeline().ToSvg()).Root;
        var given = new SvgFigure(ChartSamples.Timeline().ToSvg(800, 500, 14)).Root;

        Assert.Equal(("600", "440"), (fromLayout.Attribute("width")!.Value, fromLayout.Attribute("height")!.Value));
        Assert.Equal(("800", "500"), (given.Attribute("width")!.Value, given.Attribute("height")!.Value));
        Assert.Contains(given.Descendants(), e => e.Name.LocalName == "text" && e.Value == "time (h)" && e.Attribute("font-size")?.Value == "16");
    }

    private static int PointCount(GenericChart chart, int trace) =>
        SvgFigure.Figure(chart).GetProperty("data")[trace].GetProperty("y").GetArrayLength();

    private static bool Inside((double X, double Y) p, (double X, double Y, double Width, double Height) area) =>
        p.X >= area.X - 0.01 && p.X <= area.X + area.Width + 0.01 && p.Y >= area.Y - 0.01 && p.Y <= area.Y + area.Height + 0.01;

    private static double TranslateY(System.Xml.Linq.XElement text) =>
        double.Parse(text.Attribute("transform")!.Value.Split(',')[1].TrimEnd(')'), System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertTitles(SvgFigure svg, string title, string xTitle, string yTitle)
    {
        Assert.Contains(title, svg.Texts);
        Assert.Contains(xTitle, svg.Texts);
        Assert.Contains(yTitle, svg.Texts);
    }

    /// <summary>As many bars as values, in position order, their lengths proportional to <paramref name="values"/>.</summary>
    private static void AssertBarHeights(IReadOnlyList<(double X, double Y, double Width, double Height)> bars, int count, double[] values, bool vertical)
    {
        Assert.Equal(count, bars.Count);
        var ordered = vertical ? bars.OrderBy(b => b.X).Select(b => b.Height).ToArray() : bars.OrderByDescending(b => b.Y).Select(b => b.Width).ToArray();
        var unit = ordered.Max() / values.Max();
        Assert.Equal(values, ordered.Select(h => Math.Round(h / unit, 6)));
    }
}
