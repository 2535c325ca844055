using MedTwin.Learning;
using MedTwin.Learning.Boosting;
using MedTwin.Tests.Learning.NeuralNetworks;

namespace MedTwin.Tests.Learning.Boosting;

public sealed class GradientBoostedTreesInputTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0)]
    [InlineData(double.NegativeInfinity)]
    public void A_learning_rate_that_is_not_a_positive_finite_number_is_refused_by_name(double rate)
    {
        var error = Assert.Throws<ArgumentException>(() => new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options { LearningRate = rate }));

        Assert.Equal("LearningRate", error.ParamName);
    }

    [Theory]
    [InlineData(0, 20, 10, "NumberOfTrees")]
    [InlineData(100, 1, 10, "NumberOfLeaves")]
    [InlineData(100, 20, 0, "MinimumExamplesPerLeaf")]
    public void Counts_below_their_minimum_are_refused_by_name(int trees, int leaves, int perLeaf, string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new GradientBoostedTreesTrainer(
            new GradientBoostedTreesTrainer.Options { NumberOfTrees = trees, NumberOfLeaves = leaves, MinimumExamplesPerLeaf = perLeaf }));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Data_with_one_class_only_is_refused_naming_the_label()
    {
        var data = TinyData.Frame([0, 1, 2], [1, 2, 3], [0, 0, 0], LearningTask.BinaryClassification);

        var error = Assert.Throws<LearningException>(() => new GradientBoostedTreesTrainer().Fit(data, seed: 1));

        Assert.Equal("y", error.Column);
        Assert.Contains("one class only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_data_are_refused()
    {
        var data = TinyData.Xor().Subset([]);

        var error = Assert.Throws<LearningException>(() => new GradientBoostedTreesTrainer().Fit(data, seed: 1));

        Assert.Contains("needs at least 2 rows; found 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_with_a_single_row_are_refused()
    {
        var data = TinyData.Frame([0], [1], [2], LearningTask.Regression);

        var error = Assert.Throws<LearningException>(() => new GradientBoostedTreesTrainer().Fit(data, seed: 1));

        Assert.Contains("needs at least 2 rows; found 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predicting_with_the_wrong_number_of_features_names_the_features_expected()
    {
        var model = new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options { NumberOfTrees = 2, MinimumExamplesPerLeaf = 1 }).Fit(TinyData.Curve(), seed: 1);

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1.0]));

        Assert.Contains("expected 2 feature values (a, b); found 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_ensemble_whose_zip_is_not_base64_is_refused_on_loading()
    {
        var model = new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options { NumberOfTrees = 2, MinimumExamplesPerLeaf = 1 }).Fit(TinyData.Curve(), seed: 1);
        var json = model.ToJson();
        json["mlnetModelZip"] = "not base64!";

        var error = Assert.Throws<LearningException>(() => TrainedModelJson.Load(json.ToJsonString()));

        Assert.Contains("the 'gradient-boosted-trees' model is malformed", error.Message, StringComparison.Ordinal);
    }
}
