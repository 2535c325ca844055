using MedTwin.Learning;
using MedTwin.Learning.NeuralNetworks;

namespace MedTwin.Tests.Learning.NeuralNetworks;

public sealed class MultilayerPerceptronInputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_hidden_layer_of_no_units_is_refused_by_name(int units)
    {
        var error = Assert.Throws<ArgumentException>(() => new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [4, units] }));

        Assert.Equal("HiddenLayers", error.ParamName);
        Assert.Contains($"[4, {units}]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_hidden_layer_at_all_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [] }));

        Assert.Equal("HiddenLayers", error.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(double.PositiveInfinity)]
    public void A_learning_rate_that_is_not_a_positive_finite_number_is_refused_by_name(double rate)
    {
        var error = Assert.Throws<ArgumentException>(() => new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { LearningRate = rate }));

        Assert.Equal("LearningRate", error.ParamName);
    }

    [Fact]
    public void A_NaN_penalty_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { L2Penalty = double.NaN }));

        Assert.Equal("L2Penalty", error.ParamName);
        Assert.Contains("found NaN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 200)]
    [InlineData(32, 0)]
    public void Zero_batch_size_or_epochs_are_refused(int batchSize, int epochs)
    {
        var error = Assert.Throws<ArgumentException>(() => new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { BatchSize = batchSize, MaxEpochs = epochs }));

        Assert.Equal(batchSize == 0 ? "BatchSize" : "MaxEpochs", error.ParamName);
    }

    [Fact]
    public void Data_with_one_class_only_is_refused_naming_the_label()
    {
        var data = TinyData.Frame([0, 1, 2], [1, 2, 3], [1, 1, 1], LearningTask.BinaryClassification);

        var error = Assert.Throws<LearningException>(() => new MultilayerPerceptronTrainer().Fit(data, seed: 1));

        Assert.Equal("y", error.Column);
        Assert.Contains("one class only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_data_are_refused()
    {
        var data = TinyData.Xor().Subset([]);

        var error = Assert.Throws<LearningException>(() => new MultilayerPerceptronTrainer().Fit(data, seed: 1));

        Assert.Contains("needs at least 2 rows; found 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_with_a_single_row_are_refused()
    {
        var data = TinyData.Frame([0], [1], [2], LearningTask.Regression);

        var error = Assert.Throws<LearningException>(() => new MultilayerPerceptronTrainer().Fit(data, seed: 1));

        Assert.Contains("needs at least 2 rows; found 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Early_stopping_on_too_few_rows_of_a_class_says_so()
    {
        var data = TinyData.Xor();
        var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { EarlyStopping = true, ValidationFraction = 0.9 });

        var error = Assert.Throws<LearningException>(() => trainer.Fit(data, seed: 1));

        Assert.Contains("would hold out all 2 rows of a class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diverging_fit_is_reported_with_its_epoch()
    {
        var data = TinyData.Frame([0, 1e200, 2], [1, 2, 3], [0, 1e200, 4], LearningTask.Regression);

        var error = Assert.Throws<LearningException>(() => new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [2] }).Fit(data, seed: 1));

        Assert.Contains("in epoch 1; lower the learning rate or standardise the features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predicting_with_the_wrong_number_of_features_names_the_features_expected()
    {
        var model = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [2], MaxEpochs = 1 }).Fit(TinyData.Xor(), seed: 1);

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1.0, 2.0, 3.0]));

        Assert.Contains("expected 2 feature values (a, b); found 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predicting_a_NaN_feature_names_it()
    {
        var model = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [2], MaxEpochs = 1 }).Fit(TinyData.Xor(), seed: 1);

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1.0, double.NaN]));

        Assert.Contains("feature 'b' must be a finite number; found NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_perceptron_whose_layers_do_not_chain_is_refused_on_loading()
    {
        var model = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [2], MaxEpochs = 1 }).Fit(TinyData.Xor(), seed: 1);
        var json = model.ToJson();
        json["layers"]![1]!["biases"] = new System.Text.Json.Nodes.JsonArray(1.0, 2.0);

        var error = Assert.Throws<LearningException>(() => TrainedModelJson.Load(json.ToJsonString()));

        Assert.Contains("the 'multilayer-perceptron' model is malformed", error.Message, StringComparison.Ordinal);
    }
}
