using MedTwin.Learning;
using MedTwin.Learning.Explanations;
using MedTwin.Learning.Metrics;
using MedTwin.Tests.Learning.Support;

namespace MedTwin.Tests.Learning.Explanations;

public sealed class PermutationImportanceTests
{
    private static LearningData Pima() =>
        LearningData.FromFrame(PeerFiles.Pima(), "diabetes", LearningTask.BinaryClassification, ["glucose", "mass", "pressure"], positiveClass: "pos");

    [Fact]
    public void There_is_one_importance_per_feature_in_feature_order_with_one_drop_per_repeat()
    {
        // Shape as scikit-learn 1.2.1's permutation_importance: importances (n_features × n_repeats), their mean and std (ddof 0).
        var data = Pima();
        var model = new NearestCentroidTrainer().Fit(data, seed: 1);

        var importances = PermutationImportance.Compute(model, data, Metric.RocAuc, repeats: 7, seed: 3);

        Assert.Equal(["glucose", "mass", "pressure"], importances.Select(i => i.Feature));
        Assert.All(importances, i => Assert.Equal(7, i.Drops.Count));
        Assert.All(importances, i => Assert.Equal(i.Drops.Average(), i.Mean, 1e-15));
        Assert.All(importances, i => Assert.Equal(Math.Sqrt(i.Drops.Sum(d => Math.Pow(d - i.Mean, 2)) / 7), i.StandardDeviation, 1e-15));
        Assert.True(importances[0].Mean > importances[2].Mean);
        Assert.True(importances[0].Mean > 0.1);
    }

    [Fact]
    public void A_feature_the_model_ignores_has_exactly_zero_importance()
    {
        var regression = LearningData.FromFrame(PeerFiles.Pima(), "mass", LearningTask.Regression, ["glucose", "pressure"]);
        var model = new LeastSquaresTrainer("glucose").Fit(regression, seed: 1);

        var importances = PermutationImportance.Compute(model, regression, Metric.Rmse, repeats: 3, seed: 3);

        Assert.All(importances[1].Drops, d => Assert.Equal(0, d));
        Assert.True(importances[0].Mean > 0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_importances()
    {
        var data = Pima();
        var model = new NearestCentroidTrainer().Fit(data, seed: 1);

        Assert.Equal(
            PermutationImportance.Compute(model, data, Metric.LogLoss, 3, seed: 8).SelectMany(i => i.Drops),
            PermutationImportance.Compute(model, data, Metric.LogLoss, 3, seed: 8).SelectMany(i => i.Drops));
    }

    [Fact]
    public void Fewer_than_one_repeat_is_refused()
    {
        var data = Pima();
        var model = new NearestCentroidTrainer().Fit(data, seed: 1);
        Assert.Throws<LearningException>(() => PermutationImportance.Compute(model, data, Metric.RocAuc, 0, 1));
    }
}
