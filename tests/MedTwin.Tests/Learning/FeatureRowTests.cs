using MedTwin.Learning;
using MedTwin.Learning.Boosting;
using MedTwin.Learning.Linear;
using MedTwin.Learning.NeuralNetworks;
using MedTwin.Learning.SupportVectorMachines;
using MedTwin.Learning.Trees;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning;

/// <summary>Every model refuses a row it cannot predict, instead of sending NaN down a branch or into a sum.</summary>
public sealed class FeatureRowTests
{
    public static TheoryData<string> Trainers() => ["ols", "logistic", "tree", "svm", "mlp", "boosting"];

    private static ITrainedModel Fitted(string name)
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("a", [.. Enumerable.Range(0, 40).Select(i => (double)i)]),
            new DoubleDataFrameColumn("b", [.. Enumerable.Range(0, 40).Select(i => (double)((i * 7) % 11))]),
            new Int32DataFrameColumn("y", [.. Enumerable.Range(0, 40).Select(i => (i + (i % 3 == 0 ? 15 : 0)) % 40 >= 20 ? 1 : 0)]));
        var task = name == "ols" ? LearningTask.Regression : LearningTask.BinaryClassification;
        ITrainer trainer = name switch
        {
            "ols" => new LinearRegressionTrainer(),
            "logistic" => new LogisticRegressionTrainer(new LogisticRegressionTrainer.Options { Penalty = LogisticPenalty.L2 }),
            "tree" => new DecisionTreeTrainer(new DecisionTreeTrainer.Options { MaxDepth = 2 }),
            "svm" => new SupportVectorMachineTrainer(),
            "mlp" => new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [2], MaxEpochs = 5 }),
            _ => new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options { NumberOfTrees = 2, NumberOfLeaves = 2, MinimumExamplesPerLeaf = 2 }),
        };
        return trainer.Fit(LearningData.FromFrame(frame, "y", task), seed: 1);
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void A_nan_feature_is_refused_naming_the_feature(string trainer)
    {
        var model = Fitted(trainer);

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1.0, double.NaN]));

        Assert.Contains($"{model.TrainerName}: feature 'b' must be a finite number; found NaN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void A_row_of_the_wrong_length_is_refused_listing_the_features(string trainer)
    {
        var model = Fitted(trainer);

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1.0]));

        Assert.Contains("expected 2 feature values (a, b); found 1", error.Message, StringComparison.Ordinal);
    }
}
