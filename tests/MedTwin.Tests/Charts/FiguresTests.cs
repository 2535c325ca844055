using MedTwin.Charts;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace MedTwin.Tests.Charts;

public sealed class FiguresTests
{
    [Fact]
    public void A_series_from_a_column_counts_its_missing_values_in_the_legend()
    {
        var series = Series.FromColumn(new Int32DataFrameColumn("glucose", new int?[] { 85, null, 140 }));

        Assert.Equal([85.0, 140.0], series.Present);
        Assert.Equal("glucose (n = 2, 1 missing)", series.Label);
    }

    [Fact]
    public void A_text_column_is_not_a_series()
    {
        var error = Assert.Throws<ArgumentException>(() => Series.FromColumn(new StringDataFrameColumn("diabetes", ["pos"])));

        Assert.Contains("Column 'diabetes' holds String values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_histogram_overlays_one_trace_per_series_with_titles()
    {
        var json = GenericChart.toFigureJson(Figures.Histogram(
            "Glucose by outcome", "glucose (mg/dL)", new Series("neg", [80, 90]), new Series("pos", [150, null])));

        Assert.Contains("\"type\":\"histogram\",\"name\":\"neg (n = 2)\",\"x\":[80.0,90.0]", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"pos (n = 1, 1 missing)\",\"x\":[150.0]", json, StringComparison.Ordinal);
        Assert.Contains("\"barmode\":\"overlay\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Glucose by outcome\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scatter_plot_leaves_out_and_counts_points_missing_either_value()
    {
        var json = GenericChart.toFigureJson(Figures.Scatter("t", "x", "y", new Series("x", [1, 2, null]), new Series("y", [10, null, 30])));

        Assert.Contains("\"name\":\"n = 1, 2 missing\",\"x\":[1.0],\"y\":[10.0]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scatter_plot_needs_as_many_x_as_y_values()
    {
        var error = Assert.Throws<ArgumentException>(() => Figures.Scatter("t", "x", "y", new Series("x", [1]), new Series("y", [1, 2])));

        Assert.Contains("x has 1 values and y has 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_chart_draws_lines_markers_and_reference_levels()
    {
        var json = GenericChart.toFigureJson(Figures.Lines(
            "Theophylline", "time (h)", "concentration (mg/L)",
            [new CurveSeries("fit", [0, 1], [0, 8.5])],
            [new CurveSeries("observed", [1], [8.2])],
            [("upper therapeutic", 20)]));

        Assert.Contains("\"name\":\"fit\",\"x\":[0.0,1.0],\"y\":[0.0,8.5],\"mode\":\"lines\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"observed\",\"x\":[1.0],\"y\":[8.2],\"mode\":\"markers\"", json, StringComparison.Ordinal);
        Assert.Contains("\"y0\":20.0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_chart_refuses_unpaired_or_non_finite_values()
    {
        Assert.Throws<ArgumentException>(() => Figures.Lines("t", "x", "y", [new CurveSeries("c", [0, 1], [0])]));
        Assert.Throws<ArgumentException>(() => Figures.Lines("t", "x", "y", [new CurveSeries("c", [0], [double.NaN])]));
    }
}
