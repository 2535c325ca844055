using MedTwin.Charts;
using MedTwin.Reproducibility;
using Plotly.NET;
using static MedTwin.Charts.PlotlyParts;

namespace MedTwin.Tests.Charts;

/// <summary>Bad input to the static rendering: a clear error naming what and where, or a rendering that says what it left out.</summary>
public sealed class FigureExportInputTests : IDisposable
{
    private static readonly int[] Shares = [1, 2];
    private readonly string folder = Path.Combine(Path.GetTempPath(), "medtwin-tests", Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_figure_without_traces_shows_its_axes_title_and_a_no_data_note()
    {
        var chart = WithLayout(GenericChart.ofTraceObjects(true, Array.Empty<Trace>()), "Nothing yet", "time (h)", "dose (mg)");

        var svg = new SvgFigure(chart.ToSvg());

        Assert.Contains("Nothing yet", svg.Texts);
        Assert.Contains("time (h)", svg.Texts);
        Assert.Contains("dose (mg)", svg.Texts);
        Assert.Contains("no data to draw", svg.Texts);
    }

    [Fact]
    public void A_figure_of_empty_traces_says_so()
    {
        var svg = new SvgFigure(Figures.Lines("Empty", "x", "y", [new CurveSeries("a", [], []), new CurveSeries("b", [], [])]).ToSvg());

        Assert.Contains("no data to draw", svg.Texts);
        Assert.Contains("a", svg.Texts);
    }

    [Fact]
    public void Non_finite_values_serialized_by_plotly_net_leave_gaps_and_are_counted()
    {
        var trace = Trace("scatter", "glucose", ("x", new double[] { 0, 1, 2, 3, 4, 5, 6 }), ("y", new[] { 1, 2, double.NaN, 3, 4, double.PositiveInfinity, 5 }), ("mode", "lines"));
        var chart = WithLayout(GenericChart.ofTraceObject(true, trace), "t", "x", "y");

        var json = GenericChart.toJson(chart);
        var svg = new SvgFigure(chart.ToSvg());

        Assert.Contains("\"y\":[1.0,2.0,\"NaN\",3.0,4.0,\"Infinity\",5.0]", json, StringComparison.Ordinal);
        Assert.Equal([2, 2, 1], svg.Lines(SvgFigure.TraceColor(chart, 0)).Select(l => l.Length));
        Assert.Contains("glucose: 2 values not finite or missing, left out", svg.Texts);
    }

    [Fact]
    public void Values_a_log_axis_cannot_show_are_left_out_and_counted()
    {
        var trace = Trace("scatter", "viral load", ("x", new double[] { 0, 1, 2, 3 }), ("y", new double[] { 10, 0, -5, 1000 }), ("mode", "markers"));
        var chart = WithLayout(GenericChart.ofTraceObject(true, trace), "t", "day", "copies/mL", ("yaxis", Axis("copies/mL", ("type", "log"))));

        var svg = new SvgFigure(chart.ToSvg());

        Assert.Equal(2, svg.Markers(SvgFigure.TraceColor(chart, 0)).Count);
        Assert.Contains("viral load: 2 values not positive on a log axis, left out", svg.Texts);
        Assert.Contains("1000", svg.Texts);
    }

    [Fact]
    public void An_unsupported_trace_type_is_named_and_the_rest_still_drawn()
    {
        var pie = Trace("pie", "shares", ("values", Shares));
        var line = Trace("scatter", "curve", ("x", new double[] { 0, 1 }), ("y", new double[] { 0, 1 }), ("mode", "lines"));
        var chart = WithLayout(GenericChart.ofTraceObjects(true, new[] { pie, line }), "t", "x", "y");

        var svg = new SvgFigure(chart.ToSvg());

        Assert.Contains("trace 0 'shares': trace type 'pie' is not drawn in the static rendering", svg.Texts);
        var area = svg.PlotArea("rgb(229,236,246)");
        Assert.Single(svg.Lines(SvgFigure.TraceColor(chart, 1)), l => l.Length == 2 && l.All(p => p.X >= area.X && p.X <= area.X + area.Width));
    }

    [Fact]
    public void A_colour_that_is_not_one_is_an_error_naming_the_trace()
    {
        var trace = Trace("scatter", "curve", ("x", new double[] { 0, 1 }), ("y", new double[] { 0, 1 }), ("line", new Dictionary<string, object> { ["color"] = "blurple" }));
        var chart = WithLayout(GenericChart.ofTraceObject(true, trace), "t", "x", "y");

        var error = Assert.Throws<ArgumentException>(() => chart.ToSvg());

        Assert.Contains("trace 0 'curve' colour: 'blurple' is not a colour", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 400, "width")]
    [InlineData(-1, 400, "width")]
    [InlineData(double.NaN, 400, "width")]
    [InlineData(double.PositiveInfinity, 400, "width")]
    [InlineData(600, 1e6, "height")]
    [InlineData(600, 0, "height")]
    public void A_size_out_of_range_is_refused_naming_it(double width, double height, string parameter)
    {
        var chart = ChartSamples.Roc();
        var path = Path.Combine(folder, "roc.svg");

        foreach (var render in new Action[] { () => chart.ToSvg(width, height), () => chart.SaveSvg(path, width, height), () => chart.SavePdf(path, width, height) })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(render);
            Assert.Equal(parameter, error.ParamName);
            Assert.Contains($"The {parameter} must be a finite number", error.Message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_font_size_out_of_range_is_refused()
    {
        Assert.Equal("fontSize", Assert.Throws<ArgumentOutOfRangeException>(() => ChartSamples.Roc().ToSvg(600, 400, 0)).ParamName);
    }

    [Fact]
    public void A_null_chart_or_path_and_an_empty_path_are_refused()
    {
        GenericChart chart = null!;
        Assert.Throws<ArgumentNullException>(() => chart.ToSvg());
        Assert.Throws<ArgumentNullException>(() => chart.ToSvg(600, 400));
        Assert.Throws<ArgumentNullException>(() => chart.SaveSvg("a.svg", 600, 400));
        Assert.Throws<ArgumentNullException>(() => chart.SavePdf("a.pdf", 600, 400));
        Assert.Throws<ArgumentNullException>(() => ChartSamples.Roc().SaveSvg(null!, 600, 400));
        Assert.Throws<ArgumentException>(() => ChartSamples.Roc().SaveSvg("", 600, 400));
        Assert.Throws<ArgumentException>(() => ChartSamples.Roc().SavePdf("  ", 600, 400));
    }

    [Fact]
    public void Missing_folders_are_created_and_the_file_written_whole()
    {
        var svgPath = Path.Combine(folder, "figures", "model", "roc.svg");
        var pdfPath = Path.Combine(folder, "figures", "model", "roc.pdf");

        ChartSamples.Roc().SaveSvg(svgPath, 800, 500);
        ChartSamples.Roc().SavePdf(pdfPath, 800, 500);

        Assert.Equal(ChartSamples.Roc().ToSvg(800, 500), File.ReadAllText(svgPath));
        Assert.Equal(FigureExport.ToPdf(ChartSamples.Roc(), 800, 500, FigureExport.DefaultFontSize), File.ReadAllBytes(pdfPath));
        Assert.Equal(["roc.pdf", "roc.svg"], Directory.GetFiles(Path.GetDirectoryName(svgPath)!).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void An_unwritable_path_is_an_error_naming_it_and_leaves_nothing_behind()
    {
        Directory.CreateDirectory(folder);
        var blocker = Path.Combine(folder, "not-a-folder");
        File.WriteAllText(blocker, "a file where a folder should be");
        var path = Path.Combine(blocker, "roc.svg");

        var error = Assert.Throws<IOException>(() => ChartSamples.Roc().SaveSvg(path, 600, 400));

        Assert.Contains($"Could not write the figure to '{path}'", error.Message, StringComparison.Ordinal);
        Assert.Equal([blocker], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_relative_path_is_resolved_in_the_running_study_folder()
    {
        Directory.CreateDirectory(folder);
        using (Study.Begin(new StudyOptions { StudyDirectory = folder }))
        {
            ChartSamples.Roc().SaveSvg("figures/roc.svg", 800, 500);
        }

        Assert.True(File.Exists(Path.Combine(folder, "figures", "roc.svg")));
    }

    [Fact]
    public void A_figure_written_inside_a_study_is_recorded_with_the_sha256_of_its_bytes()
    {
        Directory.CreateDirectory(folder);
        using var study = Study.Begin(new StudyOptions { StudyDirectory = folder });

        ChartSamples.Roc().SavePdf("figures/roc.pdf", 400, 300);

        var written = Assert.Single(study.FilesWritten);
        Assert.Equal("figures/roc.pdf", written.Path);
        var bytes = File.ReadAllBytes(Path.Combine(folder, "figures", "roc.pdf"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), written.Sha256);
    }

    [Fact]
    public void Inside_a_study_an_absolute_path_is_refused_so_no_manifest_names_a_folder_of_one_machine()
    {
        Directory.CreateDirectory(folder);
        using var study = Study.Begin(new StudyOptions { StudyDirectory = folder });
        var path = Path.Combine(folder, "roc.svg");

        var error = Assert.Throws<ArgumentException>(() => ChartSamples.Roc().SaveSvg(path, 600, 400));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Empty(study.FilesWritten);
    }
}
