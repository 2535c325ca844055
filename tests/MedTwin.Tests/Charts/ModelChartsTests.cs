using MedTwin.Charts;
using Plotly.NET;

namespace MedTwin.Tests.Charts;

public sealed class ModelChartsTests
{
    private static readonly CurveSeries Model = new("model (AUC 0.75)", [0, 0.5, 1], [0, 1, 1]);

    [Fact]
    public void A_roc_chart_draws_each_model_and_the_chance_diagonal()
    {
        var json = GenericChart.toFigureJson(ModelCharts.Roc("ROC", Model));

        Assert.Contains("\"name\":\"model (AUC 0.75)\",\"x\":[0.0,0.5,1.0],\"y\":[0.0,1.0,1.0]", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"reference\",\"x\":[0.0,1.0],\"y\":[0.0,1.0]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_precision_recall_chart_draws_the_prevalence_as_the_no_skill_line()
    {
        var json = GenericChart.toFigureJson(ModelCharts.PrecisionRecall("PR", 0.349, Model));

        Assert.Contains("\"name\":\"no skill (prevalence 0.349)\",\"x\":[0.0,1.0],\"y\":[0.349,0.349]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibration_bins_by_rank_into_groups_of_equal_size_at_their_mean_prediction_and_observed_rate()
    {
        // Sorted by probability: (0.125, 0), (0.25, 0), (0.375, 1), (0.5, 0) | (0.625, 1), (0.75, 0), (0.875, 1), (1, 1),
        // binary fractions so the means are exact.
        double[] labels = [1, 0, 0, 1, 0, 1, 1, 0];
        double[] probabilities = [0.375, 0.125, 0.25, 0.875, 0.5, 1, 0.625, 0.75];

        var json = GenericChart.toFigureJson(ModelCharts.Calibration("Calibration", 2, ("m", labels, probabilities)));

        Assert.Contains("\"name\":\"m\",\"x\":[0.3125,0.8125],\"y\":[0.25,0.75]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Feature_importance_puts_the_largest_at_the_top_with_its_error_bar()
    {
        var json = GenericChart.toFigureJson(ModelCharts.FeatureImportance("Importance", "AUC drop", ["age", "glucose", "mass"], [0.01, 0.2, 0.05], [0.001, 0.02, 0.005]));

        Assert.Contains("\"x\":[0.01,0.05,0.2],\"y\":[\"age\",\"mass\",\"glucose\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"array\":[0.001,0.005,0.02]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confusion_matrix_annotates_each_cell_with_its_count()
    {
        var json = GenericChart.toFigureJson(ModelCharts.ConfusionMatrix("Confusion", "neg", "pos", 400, 100, 60, 208));

        Assert.Contains("\"z\":[[400,100],[60,208]]", json, StringComparison.Ordinal);
        Assert.Contains("\"x\":\"pos\",\"y\":\"neg\",\"text\":\"100\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_figure_gives_the_same_bytes()
    {
        static string Render() => GenericChart.toFigureJson(ModelCharts.Calibration("C", 2, ("m", [0, 1, 0, 1], [0.1, 0.7, 0.3, 0.9])));

        Assert.Equal(Render(), Render());
    }

    [Fact]
    public void Points_outside_the_unit_square_are_errors_naming_the_curve()
    {
        var error = Assert.Throws<ArgumentException>(() => ModelCharts.Roc("ROC", new CurveSeries("bad", [0, 1.5], [0, 1])));

        Assert.Contains("bad: value 1 is 1.5; it must lie in [0, 1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_lengths_and_impossible_inputs_are_errors()
    {
        Assert.Throws<ArgumentException>(() => ModelCharts.Roc("ROC", new CurveSeries("short", [0, 1], [0])));
        Assert.Throws<ArgumentException>(() => ModelCharts.PrecisionRecall("PR", double.NaN, Model));
        Assert.Throws<ArgumentException>(() => ModelCharts.Calibration("C", 2, ("m", [0, 2], [0.1, 0.2])));
        Assert.Throws<ArgumentException>(() => ModelCharts.Calibration("C", 3, ("m", [0, 1], [0.1, 0.2])));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelCharts.Calibration("C", 1, ("m", [0, 1], [0.1, 0.2])));
        Assert.Throws<ArgumentException>(() => ModelCharts.FeatureImportance("I", "drop", ["a"], [double.PositiveInfinity]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelCharts.ConfusionMatrix("M", "n", "p", -1, 0, 0, 0));
    }
}
