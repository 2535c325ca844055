using MedTwin.Learning;
using MedTwin.Learning.NeuralNetworks;

namespace MedTwin.Tests.Learning.NeuralNetworks;

public sealed class MultilayerPerceptronTrainerTests
{
    private static readonly MultilayerPerceptronTrainer XorTrainer = new(new MultilayerPerceptronTrainer.Options
    {
        HiddenLayers = [8],
        Activation = Activation.Tanh,
        LearningRate = 0.05,
        L2Penalty = 0,
        BatchSize = 4,
        MaxEpochs = 1000,
        Tolerance = 0,
        Patience = 1000,
    });

    [Fact]
    public void A_perceptron_learns_XOR()
    {
        var data = TinyData.Xor();

        var model = XorTrainer.Fit(data, seed: 1);

        var predictions = model.Predict(data);
        Assert.True(predictions[0] < 0.1 && predictions[3] < 0.1, $"predictions {string.Join(", ", predictions)}");
        Assert.True(predictions[1] > 0.9 && predictions[2] > 0.9, $"predictions {string.Join(", ", predictions)}");
    }

    [Fact]
    public void Momentum_SGD_learns_XOR_too()
    {
        var data = TinyData.Xor();
        var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options
        {
            HiddenLayers = [8],
            Activation = Activation.Tanh,
            Optimiser = Optimiser.Sgd,
            LearningRate = 0.1,
            L2Penalty = 0,
            BatchSize = 4,
            MaxEpochs = 2000,
            Tolerance = 0,
            Patience = 2000,
        });

        var predictions = trainer.Fit(data, seed: 1).Predict(data);

        Assert.True(predictions[0] < 0.2 && predictions[3] < 0.2 && predictions[1] > 0.8 && predictions[2] > 0.8, $"predictions {string.Join(", ", predictions)}");
    }

    [Fact]
    public void A_regression_perceptron_fits_a_curve_a_line_cannot()
    {
        var data = TinyData.Curve();
        var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options
        {
            HiddenLayers = [16],
            Activation = Activation.Tanh,
            LearningRate = 0.01,
            BatchSize = 20,
            MaxEpochs = 2000,
            Tolerance = 0,
            Patience = 2000,
        });

        var predictions = trainer.Fit(data, seed: 3).Predict(data);

        Assert.True(Peers.PeerData.Rmse(data.Labels, predictions) < 0.1, $"RMSE {Peers.PeerData.Rmse(data.Labels, predictions)}");
    }

    [Fact]
    public void The_same_seed_gives_bit_identical_weights_and_predictions()
    {
        var data = TinyData.Curve();
        var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [6, 4], BatchSize = 5, MaxEpochs = 50 });

        var first = (MultilayerPerceptronModel)trainer.Fit(data, seed: 7);
        var second = (MultilayerPerceptronModel)trainer.Fit(data, seed: 7);

        Assert.Equal(Bits(first.Weights.Concat(first.Biases)), Bits(second.Weights.Concat(second.Biases)));
        Assert.Equal(Bits([first.Predict(data)]), Bits([second.Predict(data)]));
        Assert.Equal(first.LossCurve, second.LossCurve);
    }

    [Fact]
    public void Different_seeds_give_different_weights()
    {
        var data = TinyData.Curve();
        var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [4], MaxEpochs = 5 });

        var first = (MultilayerPerceptronModel)trainer.Fit(data, seed: 1);
        var second = (MultilayerPerceptronModel)trainer.Fit(data, seed: 2);

        Assert.NotEqual(Bits(first.Weights), Bits(second.Weights));
    }

    [Fact]
    public void A_saved_and_loaded_perceptron_predicts_bit_identically()
    {
        var data = TinyData.Curve();
        var model = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [5, 3], MaxEpochs = 30 }).Fit(data, seed: 4);

        var loaded = TrainedModelJson.Load(TrainedModelJson.Save(model));

        Assert.IsType<MultilayerPerceptronModel>(loaded);
        Assert.Equal(model.TrainerName, loaded.TrainerName);
        Assert.Equal(model.FeatureNames, loaded.FeatureNames);
        Assert.Equal(Bits([model.Predict(data)]), Bits([loaded.Predict(data)]));
        Assert.Equal(TrainedModelJson.Save(model), TrainedModelJson.Save(loaded));
    }

    [Fact]
    public void Training_stops_once_the_loss_no_longer_improves_by_the_tolerance()
    {
        var data = TinyData.Xor();
        var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [2], LearningRate = 1e-6, Tolerance = 1, Patience = 3 });

        var model = (MultilayerPerceptronModel)trainer.Fit(data, seed: 1);

        // The first epoch improves on nothing; every later one fails to improve by 1, and training stops once more than
        // patience epochs in a row have not, as in scikit-learn: after 1 + 3 + 1 epochs.
        Assert.Equal(5, model.LossCurve.Count);
    }

    [Fact]
    public void Early_stopping_keeps_the_network_with_the_best_validation_score_and_is_deterministic()
    {
        var data = Peers.PeerData.StandardisedPima();
        var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options
        {
            HiddenLayers = [8],
            BatchSize = 64,
            EarlyStopping = true,
            ValidationFraction = 0.2,
            Patience = 5,
        });

        var first = (MultilayerPerceptronModel)trainer.Fit(data, seed: 11);
        var second = (MultilayerPerceptronModel)trainer.Fit(data, seed: 11);

        Assert.True(first.LossCurve.Count < 200, $"ran {first.LossCurve.Count} epochs");
        Assert.Equal(Bits(first.Weights), Bits(second.Weights));
        Assert.Equal("yes, validation fraction 0.2", trainer.Hyperparameters["early stopping"]);
    }

    [Fact]
    public void Name_and_hyperparameters_are_invariant_text()
    {
        var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [16, 8], LearningRate = 0.0005, Optimiser = Optimiser.Sgd });

        Assert.Equal("multilayer perceptron (16-8, relu, sgd)", trainer.Name);
        Assert.Equal("16, 8", trainer.Hyperparameters["hidden layers"]);
        Assert.Equal("0.0005", trainer.Hyperparameters["learning rate"]);
        Assert.Equal("0.0001", trainer.Hyperparameters["L2 penalty"]);
        Assert.Equal("0.9", trainer.Hyperparameters["momentum"]);
        Assert.False(trainer.Hyperparameters.ContainsKey("beta1"));
    }

    private static long[] Bits(IEnumerable<double[]> arrays) => [.. arrays.SelectMany(a => a).Select(BitConverter.DoubleToInt64Bits)];
}
