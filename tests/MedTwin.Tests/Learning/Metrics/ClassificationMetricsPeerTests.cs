using MedTwin.Learning.Metrics;
using MedTwin.Tests.Learning.Support;

namespace MedTwin.Tests.Learning.Metrics;

// Peer: scikit-learn 1.2.1 (Python 3.11), script Learning/Peers/metrics.py, inputs Peers/scores.csv (Pima with a fixed
// score), outputs Peers/metrics.json. Hard predictions are probability >= 0.5 on both sides.
public sealed class ClassificationMetricsPeerTests
{
    private const double Tolerance = 1e-12;
    private static readonly (double[] Labels, double[] Probabilities, double[] Actual, double[] Predicted) Scores = PeerFiles.Scores();

    [Theory]
    [InlineData("accuracy")]
    [InlineData("sensitivity")]
    [InlineData("specificity")]
    [InlineData("precision")]
    [InlineData("f1")]
    public void Threshold_metrics_equal_scikit_learn(string name)
    {
        var (y, p, _, _) = Scores;
        var value = name switch
        {
            "accuracy" => ClassificationMetrics.Accuracy(y, p),
            "sensitivity" => ClassificationMetrics.Sensitivity(y, p),
            "specificity" => ClassificationMetrics.Specificity(y, p),
            "precision" => ClassificationMetrics.Precision(y, p),
            _ => ClassificationMetrics.F1(y, p),
        };

        Assert.Equal(PeerFiles.Metric(name), value, Tolerance);
    }

    [Fact]
    public void Roc_auc_with_tied_scores_equals_scikit_learns_roc_auc_score()
    {
        var (y, p, _, _) = Scores;
        Assert.Equal(PeerFiles.Metric("roc_auc"), ClassificationMetrics.RocAuc(y, p), Tolerance);
    }

    [Fact]
    public void Pr_auc_equals_scikit_learns_average_precision_score()
    {
        var (y, p, _, _) = Scores;
        Assert.Equal(PeerFiles.Metric("average_precision"), ClassificationMetrics.AveragePrecision(y, p), Tolerance);
    }

    [Fact]
    public void Brier_score_and_log_loss_equal_scikit_learn()
    {
        var (y, p, _, _) = Scores;
        Assert.Equal(PeerFiles.Metric("brier"), ClassificationMetrics.BrierScore(y, p), Tolerance);
        Assert.Equal(PeerFiles.Metric("log_loss"), ClassificationMetrics.LogLoss(y, p), Tolerance);
    }

    [Fact]
    public void Log_loss_clips_probabilities_of_0_and_1_at_1e_minus_15_as_scikit_learn()
    {
        Assert.Equal(PeerFiles.Metric("log_loss_extreme"), ClassificationMetrics.LogLoss([1, 0, 1, 0], [0.0, 1.0, 1.0, 0.3]), Tolerance);
    }

    [Fact]
    public void The_confusion_matrix_counts_equal_scikit_learns()
    {
        var (y, p, _, _) = Scores;
        Assert.Equal(
            new ConfusionMatrix(PeerFiles.Count("tp"), PeerFiles.Count("fp"), PeerFiles.Count("tn"), PeerFiles.Count("fn")),
            ConfusionMatrix.From(y, p));
    }

    [Fact]
    public void Regression_metrics_equal_scikit_learn()
    {
        var (_, _, actual, predicted) = Scores;
        Assert.Equal(PeerFiles.Metric("rmse"), RegressionMetrics.Rmse(actual, predicted), Tolerance);
        Assert.Equal(PeerFiles.Metric("mae"), RegressionMetrics.Mae(actual, predicted), Tolerance);
        Assert.Equal(PeerFiles.Metric("r2"), RegressionMetrics.RSquared(actual, predicted), Tolerance);
    }

    // Peer: R 4.2.2 glm (stats), script Learning/Peers/calibration.R, output Peers/calibration.csv.
    [Fact]
    public void Calibration_intercept_and_slope_equal_Rs_glm_logistic_recalibration()
    {
        var (y, p, _, _) = Scores;
        var (intercept, slope) = PeerFiles.Calibration();

        var fitted = Calibration.Fit(y, p);

        Assert.Equal(intercept, fitted.Intercept, 1e-8);
        Assert.Equal(slope, fitted.Slope, 1e-8);
    }

    [Fact]
    public void The_roc_curve_points_equal_scikit_learns_roc_curve_without_dropped_points()
    {
        var (y, p, _, _) = Scores;
        var peer = PeerFiles.Table("roc_curve.csv");

        var curve = Curves.Roc(y, p);

        // scikit-learn's first threshold is the highest score + 1; MedTwin's is +∞.
        Assert.Equal(peer.Length, curve.Count);
        Assert.Equal(double.PositiveInfinity, curve[0].Threshold);
        Assert.All(Enumerable.Range(1, peer.Length - 1), i => Assert.Equal(peer[i][0], curve[i].Threshold));
        Assert.All(Enumerable.Range(0, peer.Length), i => Assert.Equal(peer[i][1], curve[i].FalsePositiveRate, Tolerance));
        Assert.All(Enumerable.Range(0, peer.Length), i => Assert.Equal(peer[i][2], curve[i].TruePositiveRate, Tolerance));
    }

    [Fact]
    public void The_precision_recall_points_equal_scikit_learns_precision_recall_curve_in_reverse()
    {
        var (y, p, _, _) = Scores;
        var peer = PeerFiles.Table("pr_curve.csv").Reverse().ToArray();

        var curve = Curves.PrecisionRecall(y, p);

        Assert.Equal(peer.Length, curve.Count);
        Assert.All(Enumerable.Range(0, peer.Length), i => Assert.Equal(peer[i][0], curve[i].Threshold));
        Assert.All(Enumerable.Range(0, peer.Length), i => Assert.Equal(peer[i][1], curve[i].Precision, Tolerance));
        Assert.All(Enumerable.Range(0, peer.Length), i => Assert.Equal(peer[i][2], curve[i].Recall, Tolerance));
    }
}
