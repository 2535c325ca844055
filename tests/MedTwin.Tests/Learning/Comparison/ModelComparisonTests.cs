using MedTwin.Learning;
using MedTwin.Learning.Comparison;
using MedTwin.Learning.Metrics;
using MedTwin.Learning.Validation;
using MedTwin.Tests.Learning.Support;

namespace MedTwin.Tests.Learning.Comparison;

public sealed class ModelComparisonTests
{
    private static ValidationSetup Pima(IReadOnlyList<string> features) => new()
    {
        Frame = PeerFiles.Pima(),
        Label = "diabetes",
        Task = LearningTask.BinaryClassification,
        PositiveClass = "pos",
        Features = features,
    };

    private static CrossValidationResult Run(IReadOnlyList<string> features, Folds folds) =>
        CrossValidation.Run(new NearestCentroidTrainer(), Pima(features), folds, new CrossValidationOptions { Seed = 5, BootstrapResamples = 100, Metrics = [Metric.RocAuc, Metric.BrierScore] });

    [Fact]
    public void The_table_lists_each_model_with_estimate_and_interval_in_text_and_markdown()
    {
        var folds = Pima(["glucose"]).Folds(5, seed: 5, repeats: 2);

        var table = ComparisonTable.Create([Run(["glucose", "mass"], folds), Run(["pressure"], folds)]);

        var markdown = table.ToMarkdown();
        Assert.StartsWith("| model | ROC AUC | Brier score |\n|---|---|---|\n| nearest centroid (t = 1) | 0.", markdown, StringComparison.Ordinal);
        Assert.Equal(2, table.ToText().Split('\n').Count(l => l.StartsWith("nearest centroid", StringComparison.Ordinal)));
        Assert.EndsWith("Pooled out-of-fold estimate [95% bootstrap interval]; stratified 5-fold cross-validation × 2 repeats (seed 5).\n", markdown, StringComparison.Ordinal);
        Assert.Equal(table.ToText(), ComparisonTable.Create([Run(["glucose", "mass"], folds), Run(["pressure"], folds)]).ToText());
    }

    [Fact]
    public void Results_on_different_folds_cannot_be_compared()
    {
        var error = Assert.Throws<LearningException>(() => ComparisonTable.Create([
            Run(["glucose"], Pima(["glucose"]).Folds(5, seed: 1)), Run(["glucose"], Pima(["glucose"]).Folds(5, seed: 2))]));
        Assert.Contains("same folds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corrected_resampled_t_test_finds_glucose_better_than_blood_pressure()
    {
        var folds = Pima(["glucose"]).Folds(5, seed: 5, repeats: 2);

        var test = CorrectedResampledTTest.Compare(Run(["glucose", "mass"], folds), Run(["pressure"], folds), "ROC AUC");

        Assert.Equal(9, test.DegreesOfFreedom);
        Assert.True(test.MeanDifference > 0.15);
        Assert.True(test.PValue < 0.001);
    }

    [Fact]
    public void The_corrected_resampled_t_test_inflates_the_variance_by_the_test_to_training_ratio()
    {
        // Two models on the same 10 folds of 100 rows (test/train = 10/90); differences 0.01·j give mean 0.045, s² = 0.0009166…
        var folds = Folds.KFold(100, 10, seed: 1);
        var (a, b) = (Synthetic(folds, j => 0.5 + (0.01 * j)), Synthetic(folds, _ => 0.5));

        var test = CorrectedResampledTTest.Compare(a, b, "R²");

        // Peer: SciPy 1.10.1, d = 0.01·j (j = 0…9), t = mean(d) / sqrt((1/10 + 10/90)·var(d, ddof=1)), p = 2·scipy.stats.t.sf(t, 9).
        Assert.Equal(0.045, test.MeanDifference, 1e-15);
        Assert.Equal(3.234828408515031, test.T, 1e-12);
        Assert.Equal(0.010243127340729118, test.PValue, 1e-12);
    }

    [Fact]
    public void DeLongs_test_of_a_model_against_itself_finds_no_difference()
    {
        var (y, p, _, _) = PeerFiles.Scores();

        var test = DeLongTest.Compare(y, p, p);

        Assert.Equal(0, test.Z);
        Assert.Equal(1, test.PValue, 1e-15);
        Assert.Equal(ClassificationMetrics.RocAuc(y, p), test.AucA, 1e-12);
    }

    // Peer: DeLong's test from its definition (O(m·n) placements, ψ = 1, ½, 0) in NumPy 1.24.2 / SciPy 1.10.1, script
    // Learning/Peers/metrics.py, output Peers/delong.json; R's pROC is not installed here.
    [Fact]
    public void DeLongs_test_equals_the_definitional_computation_on_two_tied_scores()
    {
        var (y, p, _, _) = PeerFiles.Scores();

        var test = DeLongTest.Compare(y, p, PeerFiles.SecondModelProbabilities());

        Assert.Equal(PeerFiles.Peer("delong.json", "auc_a"), test.AucA, 1e-12);
        Assert.Equal(PeerFiles.Peer("delong.json", "auc_b"), test.AucB, 1e-12);
        Assert.Equal(PeerFiles.Peer("delong.json", "standard_error"), test.StandardError, 1e-12);
        Assert.Equal(PeerFiles.Peer("delong.json", "z"), test.Z, 1e-9);
        Assert.Equal(PeerFiles.Peer("delong.json", "p"), test.PValue, 1e-12);
    }

    [Fact]
    public void DeLongs_test_separates_a_useful_score_from_a_useless_one()
    {
        var folds = Pima(["glucose"]).Folds(5, seed: 5);

        var test = DeLongTest.Compare(Run(["glucose", "mass"], folds), Run(["pressure"], folds));

        Assert.True(test.Difference > 0.15);
        Assert.True(test.PValue < 1e-6);
    }

    private static CrossValidationResult Synthetic(Folds folds, Func<int, double> slope)
    {
        // The outcome equals the row index, so a fold's held-out labels name its rows and the metric can return a value
        // chosen per fold: the fold differences are then known exactly. (The bootstrap's resamples match no fold: 0.)
        var frame = new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("x", Enumerable.Range(0, 100).Select(i => (double)i)),
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("y", Enumerable.Range(0, 100).Select(i => (double)i)));
        var setup = new ValidationSetup { Frame = frame, Label = "y", Task = LearningTask.Regression };
        var metric = new Metric("R²", LearningTask.Regression, true, (labels, _) => slope(FoldOf(folds, labels)));
        return CrossValidation.Run(new LeastSquaresTrainer("x"), setup, folds, new CrossValidationOptions { Seed = 1, BootstrapResamples = 1, Metrics = [metric] });
    }

    private static int FoldOf(Folds folds, IReadOnlyList<double> heldOutLabels) =>
        folds.Items.Count(f => f.TestRows.SequenceEqual(heldOutLabels.Select(l => (int)l))) == 1
            ? folds.Items.Single(f => f.TestRows.SequenceEqual(heldOutLabels.Select(l => (int)l))).Index
            : 0;
}
