using MedTwin.Charts;
using MedTwin.Data.Quality;
using Plotly.NET;

namespace MedTwin.Tests.Charts;

public sealed class QualityChartsTests
{
    private static QualityReport Report() => ChartSamples.Report();

    [Fact]
    public void The_missingness_chart_stacks_empty_values_and_declared_sentinels_per_column()
    {
        var json = GenericChart.toFigureJson(QualityCharts.Missingness(Report()));

        Assert.Contains("\"type\":\"bar\",\"name\":\"empty\",\"x\":[\"outcome\",\"sex\",\"score\"],\"y\":[0,0,1]", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"bar\",\"name\":\"declared not measured\",\"x\":[\"outcome\",\"sex\",\"score\"],\"y\":[0,0,1]", json, StringComparison.Ordinal);
        Assert.Contains("\"barmode\":\"stack\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Missing values per column (n = 4)\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subgroup_chart_shows_group_sizes_with_the_threshold_as_a_dashed_line()
    {
        var json = GenericChart.toFigureJson(QualityCharts.SubgroupSizes(Report(), "sex"));

        Assert.Contains("\"type\":\"bar\",\"name\":\"sex (n = 4)\",\"x\":[\"f\",\"m\"],\"y\":[3,1]", json, StringComparison.Ordinal);
        Assert.Contains("\"y0\":2.0,\"y1\":2.0", json, StringComparison.Ordinal);
        Assert.Contains("\"dash\":\"dash\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Subgroup sizes by sex (minimum share 50.0%)\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subgroup_chart_for_an_undeclared_split_names_the_declared_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => QualityCharts.SubgroupSizes(Report(), "age"));

        Assert.Contains("The report has no subgroup split 'age'; it has sex.", error.Message, StringComparison.Ordinal);
    }
}
