using MedTwin.Learning;
using MedTwin.Learning.Boosting;
using MedTwin.Tests.Learning.Peers;

namespace MedTwin.Tests.Learning.Boosting;

public sealed class GradientBoostedTreesTrainerTests
{
    [Theory]
    [InlineData(BoostingLibrary.FastTree, LearningTask.BinaryClassification)]
    [InlineData(BoostingLibrary.LightGbm, LearningTask.BinaryClassification)]
    [InlineData(BoostingLibrary.FastTree, LearningTask.Regression)]
    [InlineData(BoostingLibrary.LightGbm, LearningTask.Regression)]
    public void Two_fits_with_the_same_seed_give_bit_identical_predictions_and_saved_models(BoostingLibrary library, LearningTask task)
    {
        var data = Data(task);
        var trainer = new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options { Library = library, NumberOfTrees = 30 });

        var first = trainer.Fit(data, seed: 3);
        var second = trainer.Fit(data, seed: 3);

        Assert.Equal(Bits(first.Predict(data)), Bits(second.Predict(data)));
        Assert.Equal(TrainedModelJson.Save(first), TrainedModelJson.Save(second));
    }

    [Theory]
    [InlineData(BoostingLibrary.FastTree, LearningTask.BinaryClassification)]
    [InlineData(BoostingLibrary.LightGbm, LearningTask.BinaryClassification)]
    [InlineData(BoostingLibrary.FastTree, LearningTask.Regression)]
    [InlineData(BoostingLibrary.LightGbm, LearningTask.Regression)]
    public void Letting_ML_NET_use_every_core_gives_the_same_predictions_as_the_one_thread_the_trainer_uses(BoostingLibrary library, LearningTask task)
    {
        var data = Data(task);
        var options = new GradientBoostedTreesTrainer.Options { Library = library, NumberOfTrees = 30 };

        var oneThread = new GradientBoostedTreesTrainer(options).Fit(data, seed: 5);
        var everyCore = new GradientBoostedTreesTrainer(options with { NumberOfThreads = null }).Fit(data, seed: 5);

        Assert.Equal(Bits(oneThread.Predict(data)), Bits(everyCore.Predict(data)));
    }

    [Theory]
    [InlineData(BoostingLibrary.FastTree, LearningTask.BinaryClassification)]
    [InlineData(BoostingLibrary.LightGbm, LearningTask.BinaryClassification)]
    [InlineData(BoostingLibrary.FastTree, LearningTask.Regression)]
    [InlineData(BoostingLibrary.LightGbm, LearningTask.Regression)]
    public void A_saved_and_loaded_ensemble_predicts_bit_identically(BoostingLibrary library, LearningTask task)
    {
        var data = Data(task);
        var model = new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options { Library = library, NumberOfTrees = 30 }).Fit(data, seed: 1);

        var loaded = TrainedModelJson.Load(TrainedModelJson.Save(model));

        Assert.IsType<GradientBoostedTreesModel>(loaded);
        Assert.Equal(model.TrainerName, loaded.TrainerName);
        Assert.Equal(task, loaded.Task);
        Assert.Equal(Bits(model.Predict(data)), Bits(loaded.Predict(data)));
    }

    [Fact]
    public void Classification_gives_probabilities_and_ranks_Pima_far_better_than_chance()
    {
        var data = PeerData.Pima();

        var probabilities = new GradientBoostedTreesTrainer().Fit(data, seed: 1).Predict(data);

        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
        Assert.True(PeerData.Auc(data.Labels, probabilities) > 0.9);
    }

    [Fact]
    public void Name_and_hyperparameters_are_invariant_text()
    {
        var trainer = new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options { Library = BoostingLibrary.LightGbm, NumberOfTrees = 50, LearningRate = 0.05 });

        Assert.Equal("gradient-boosted trees (LightGBM, 50 trees of 20 leaves)", trainer.Name);
        Assert.Equal("ML.NET LightGBM 5.0.1", trainer.Hyperparameters["library"]);
        Assert.Equal("0.05", trainer.Hyperparameters["learning rate"]);
        Assert.Equal("10", trainer.Hyperparameters["minimum examples per leaf"]);
    }

    private static LearningData Data(LearningTask task) => task == LearningTask.BinaryClassification ? PeerData.Pima() : PeerData.Efron();

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
