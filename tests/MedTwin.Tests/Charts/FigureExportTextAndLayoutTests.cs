using MedTwin.Charts;
using Plotly.NET;
using static MedTwin.Charts.PlotlyParts;

namespace MedTwin.Tests.Charts;

/// <summary>Text XML cannot hold, and layout values that would make the static rendering hang or exhaust memory.</summary>
public sealed class FigureExportTextAndLayoutTests
{
    private static readonly double[] Two = [1, 2];
    private static readonly string[] Arms = ["arm\u0007", "placebo"];

    [Fact]
    public void Control_characters_in_texts_and_categories_are_shown_as_control_pictures()
    {
        var trace = Trace("bar", "dose\u0000a", ("x", Arms), ("y", Two));
        var chart = WithLayout(GenericChart.ofTraceObject(true, trace), "title\u001B[31m", "x\u0001", "y", ("showlegend", true));

        var svg = new SvgFigure(chart.ToSvg());

        Assert.Contains("title\u241B[31m", svg.Texts);
        Assert.Contains("x\u2401", svg.Texts);
        Assert.Contains("dose\u2400a", svg.Texts);
        Assert.Contains("arm\u2407", svg.Texts);
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_name_is_shown_as_a_replacement_character()
    {
        var trace = Trace("scatter", "half \uD83D emoji", ("x", Two), ("y", Two));
        var chart = WithLayout(GenericChart.ofTraceObject(true, trace), "t", "x", "y", ("showlegend", true));

        var svg = new SvgFigure(chart.ToSvg());

        Assert.Contains("half \uFFFD emoji", svg.Texts);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(1e9)]
    public async Task A_layout_width_out_of_range_is_an_error_naming_it(double width)
    {
        var chart = WithLayout(GenericChart.ofTraceObject(true, Trace("scatter", "a", ("x", Two), ("y", Two))), "t", "x", "y", ("width", width));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Task.Run(chart.ToSvg).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Contains("layout.width", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.8, 0.2)]
    [InlineData(-1.0, 2.0)]
    public async Task An_axis_domain_outside_the_figure_is_an_error_naming_it(double start, double end)
    {
        var chart = GenericChart.ofTraceObject(true, Trace("scatter", "a", ("x", Two), ("y", Two)));
        var layout = new Layout();
        layout.SetProperty("xaxis", Axis("x", ("domain", new[] { start, end })));
        chart = GenericChart.addLayout(layout, chart);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Task.Run(chart.ToSvg).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Contains("layout.xaxis.domain", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(1e-300)]
    public void Histogram_bins_too_many_to_draw_are_an_error_naming_the_trace(double size)
    {
        var bins = new Dictionary<string, object> { ["start"] = 0, ["end"] = 1e12, ["size"] = size };
        var chart = GenericChart.ofTraceObject(true, Trace("histogram", "age", ("x", Two), ("xbins", bins)));

        var error = Assert.Throws<ArgumentException>(chart.ToSvg);

        Assert.Contains("trace 0 'age'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scatter", -1e308, 1e308, "wide")]
    [InlineData("scatter", 0, 5e-324, "narrow")]
    [InlineData("bar", 1e308, 1.7e308, "wide")]
    public void Values_spanning_more_or_less_than_an_axis_can_draw_are_an_error_naming_the_axis(string type, double first, double second, string why)
    {
        var chart = GenericChart.ofTraceObject(true, Trace(type, "a", ("x", Two), ("y", new[] { first, second })));

        var error = Assert.Throws<ArgumentException>(chart.ToSvg);

        Assert.Contains("Axis 'y'", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-3.0)]
    [InlineData(double.NaN)]
    public void A_marker_size_that_is_not_one_is_an_error_naming_the_trace(double size)
    {
        var chart = GenericChart.ofTraceObject(true, Trace("scatter", "a", ("x", Two), ("y", Two), ("mode", "markers"), ("marker", new Dictionary<string, object> { ["size"] = size })));

        var error = Assert.Throws<ArgumentException>(chart.ToSvg);

        Assert.Contains("trace 0 'a': marker.size", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("y")]
    [InlineData("x2b")]
    public void An_axis_reference_that_is_not_one_is_an_error_naming_it(string reference)
    {
        var chart = GenericChart.ofTraceObject(true, Trace("scatter", "a", ("x", Two), ("y", Two), ("xaxis", reference)));

        var error = Assert.Throws<ArgumentException>(chart.ToSvg);

        Assert.Contains("xaxis must be 'x', 'x2'", error.Message, StringComparison.Ordinal);
    }
}
