using System.Text.Json;
using MedTwin.Charts;
using MedTwin.Charts.Static;

namespace MedTwin.Tests.Charts;

public sealed class HistogramBinsTests
{
    [Fact]
    public void Sturges_count_is_widened_to_a_nice_size_starting_at_a_multiple_of_it()
    {
        // 10 values over 80..170: ⌈log₂ 10⌉ + 1 = 5 bins of 18 widen to 20, from 80 past 170.
        var bins = HistogramBins.For([80, 90, 95, 101, 110, 120, 130, 150, 155, 170]);

        Assert.Equal(new HistogramBins(80, 180, 20), bins);
    }

    [Fact]
    public void A_value_on_an_edge_belongs_to_the_bin_it_starts_and_values_outside_are_not_counted()
    {
        var bins = new HistogramBins(0, 0.3, 0.1);

        Assert.Equal([1, 2, 1], bins.Counts([0, 0.1, 0.15, 0.2, 0.3, -1, double.NaN]));
    }

    [Fact]
    public void One_distinct_value_gets_bins_of_size_one_and_no_value_no_bins()
    {
        Assert.Equal(new HistogramBins(7, 8, 1), HistogramBins.For([7.5, 7.5]));
        Assert.Null(HistogramBins.For([double.NaN]));
    }

    [Fact]
    public void Figures_histogram_writes_the_same_explicit_bins_into_every_trace()
    {
        using var json = JsonDocument.Parse(Plotly.NET.GenericChart.toJson(ChartSamples.Histogram()));
        var traces = json.RootElement.GetProperty("data").EnumerateArray().ToList();

        Assert.Equal(2, traces.Count);
        Assert.All(traces, t =>
        {
            Assert.False(t.GetProperty("autobinx").GetBoolean());
            Assert.Equal("{\"start\":80.0,\"end\":180.0,\"size\":20.0}", t.GetProperty("xbins").GetRawText());
        });
    }

    [Fact]
    public void Without_xbins_the_rendering_bins_all_histograms_by_the_same_rule()
    {
        var withBins = ChartSamples.Histogram();
        var json = Plotly.NET.GenericChart.toJson(withBins).Replace(",\"autobinx\":false,\"xbins\":{\"start\":80.0,\"end\":180.0,\"size\":20.0}", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("xbins", json, StringComparison.Ordinal);

        Assert.Equal(FigureExport.SvgOfJson(Plotly.NET.GenericChart.toJson(withBins)), FigureExport.SvgOfJson(json));
    }
}
