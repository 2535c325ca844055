using MedTwin.Learning;
using MedTwin.Learning.Metrics;

namespace MedTwin.Tests.Learning.Metrics;

public sealed class ClassificationMetricsTests
{
    [Fact]
    public void Roc_auc_counts_a_tie_between_a_positive_and_a_negative_as_one_half()
    {
        // Pairs (positive, negative): (0.8, 0.3) = 1, (0.8, 0.5) = 1, (0.5, 0.3) = 1, (0.5, 0.5) = ½ → 3.5 / 4.
        Assert.Equal(0.875, ClassificationMetrics.RocAuc([1, 1, 0, 0], [0.8, 0.5, 0.5, 0.3]));
    }

    [Fact]
    public void Metrics_undefined_for_the_rows_are_NaN_not_a_guess()
    {
        Assert.True(double.IsNaN(ClassificationMetrics.RocAuc([1, 1], [0.2, 0.9])));
        Assert.True(double.IsNaN(ClassificationMetrics.AveragePrecision([0, 0], [0.2, 0.9])));
        Assert.True(double.IsNaN(ClassificationMetrics.Sensitivity([0, 0], [0.2, 0.9])));
        Assert.True(double.IsNaN(ClassificationMetrics.Precision([1, 0], [0.2, 0.1])));
        Assert.True(double.IsNaN(Calibration.Fit([1, 1], [0.2, 0.9]).Slope));
    }

    [Fact]
    public void The_roc_curve_runs_from_0_0_to_1_1_with_one_point_per_distinct_score()
    {
        var curve = Curves.Roc([1, 1, 0, 0], [0.8, 0.5, 0.5, 0.3]);

        Assert.Equal(
            [new RocPoint(double.PositiveInfinity, 0, 0), new RocPoint(0.8, 0, 0.5), new RocPoint(0.5, 0.5, 1), new RocPoint(0.3, 1, 1)],
            curve);
    }

    [Fact]
    public void The_precision_recall_curve_has_one_point_per_distinct_score_from_the_highest_down()
    {
        var curve = Curves.PrecisionRecall([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1]);

        Assert.Equal(
            [new PrecisionRecallPoint(0.9, 1, 0.5), new PrecisionRecallPoint(0.8, 0.5, 0.5), new PrecisionRecallPoint(0.7, 2 / 3.0, 1), new PrecisionRecallPoint(0.1, 0.5, 1)],
            curve);
    }

    [Fact]
    public void Empty_inputs_are_refused_by_name()
    {
        var error = Assert.Throws<LearningException>(() => ClassificationMetrics.RocAuc([], []));
        Assert.Contains("labels are empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_lengths_are_refused_with_both_lengths()
    {
        var error = Assert.Throws<LearningException>(() => ClassificationMetrics.BrierScore([1, 0, 1], [0.5, 0.5]));
        Assert.Contains("3 labels and 2 probabilities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NaN_probability_is_refused_naming_its_row()
    {
        var error = Assert.Throws<LearningException>(() => ClassificationMetrics.LogLoss([1, 0], [0.5, double.NaN]));
        Assert.Equal(1, error.Row);
        Assert.Contains("found NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_probability_outside_0_1_is_refused_naming_its_row()
    {
        var error = Assert.Throws<LearningException>(() => ClassificationMetrics.Accuracy([1, 0], [1.2, 0.1]));
        Assert.Equal(0, error.Row);
        Assert.Equal("probability", error.Column);
    }

    [Fact]
    public void A_label_other_than_0_or_1_is_refused()
    {
        var error = Assert.Throws<LearningException>(() => ClassificationMetrics.F1([2, 0], [0.2, 0.1]));
        Assert.Equal("label", error.Column);
    }

    [Fact]
    public void Calibration_names_a_probability_of_exactly_1_whose_logit_is_infinite()
    {
        var error = Assert.Throws<LearningException>(() => Calibration.Fit([1, 0, 1], [0.4, 0.3, 1.0]));
        Assert.Equal(2, error.Row);
    }

    [Fact]
    public void Regression_metrics_refuse_a_non_finite_prediction()
    {
        var error = Assert.Throws<LearningException>(() => RegressionMetrics.Rmse([1, 2], [1, double.PositiveInfinity]));
        Assert.Equal(1, error.Row);
    }
}
