using System.Text.Json;
using MedTwin.Charts;
using Plotly.NET;

namespace MedTwin.Tests.Charts;

public sealed class TwinChartsTests
{
    private static readonly TimelinePanel Pulse = new("pulse", [new CurveSeries("pulse", [0, 1], [70, 80])], [], [new TimelineBand(50, 90, "green", "normal")]);

    [Fact]
    public void Panels_stack_on_their_own_y_axes_with_bands_and_markers_across_them_all()
    {
        var chart = TwinCharts.Timeline("twin", "time (h)", [Pulse, Pulse with { Title = "NEWS2" }], [new TimelineMarker(0.5, "news2 High", "red")]);

        using var json = JsonDocument.Parse(GenericChart.toFigureJson(chart));
        var data = json.RootElement.GetProperty("data");
        var layout = json.RootElement.GetProperty("layout");
        Assert.Equal(["y", "y2"], data.EnumerateArray().Select(t => t.GetProperty("yaxis").GetString()));
        Assert.Equal("NEWS2", layout.GetProperty("yaxis2").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(3, layout.GetProperty("shapes").GetArrayLength()); // a band per panel and the marker's line
        Assert.Contains(layout.GetProperty("annotations").EnumerateArray(), a => a.GetProperty("text").GetString() == "news2 High");
    }

    [Fact]
    public void A_timeline_without_panels_or_with_a_broken_curve_is_refused_naming_it()
    {
        Assert.Contains("at least one panel", Assert.Throws<ArgumentException>(() => TwinCharts.Timeline("t", "x", [])).Message, StringComparison.Ordinal);
        var broken = Pulse with { Lines = [new CurveSeries("pulse", [0, 1], [70, double.NaN])] };
        Assert.Contains("pulse: every value must be finite", Assert.Throws<ArgumentException>(() => TwinCharts.Timeline("t", "x", [broken])).Message, StringComparison.Ordinal);
        var uneven = Pulse with { Points = [new CurveSeries("spo2", [0, 1, 2], [97, 96])] };
        Assert.Contains("spo2: 3 x values and 2 y values", Assert.Throws<ArgumentException>(() => TwinCharts.Timeline("t", "x", [uneven])).Message, StringComparison.Ordinal);
    }
}
