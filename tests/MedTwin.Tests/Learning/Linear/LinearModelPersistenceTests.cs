using MedTwin.Learning;
using MedTwin.Learning.Linear;

namespace MedTwin.Tests.Learning.Linear;

public sealed class LinearModelPersistenceTests
{
    public static TheoryData<string> Trainers => ["ols", "ridge", "logistic", "l2", "l1"];

    private static ITrainer Trainer(string name) => name switch
    {
        "ols" => new LinearRegressionTrainer(),
        "ridge" => new LinearRegressionTrainer(new() { RidgeAlpha = 10 }),
        "logistic" => new LogisticRegressionTrainer(),
        "l2" => new LogisticRegressionTrainer(new() { Penalty = LogisticPenalty.L2, C = 0.1 }),
        _ => new LogisticRegressionTrainer(new() { Penalty = LogisticPenalty.L1, C = 0.1 }),
    };

    private static LearningData Data(string trainer) => trainer switch
    {
        "ols" or "ridge" => LinearTestData.Efron(),
        "logistic" => LinearTestData.Pima(),
        _ => LinearTestData.PimaStandardised(),
    };

    [Theory]
    [MemberData(nameof(Trainers))]
    public void Two_fits_of_the_same_data_give_bit_identical_models(string trainer)
    {
        var data = Data(trainer);

        var first = TrainedModelJson.Save(Trainer(trainer).Fit(data, seed: 1));
        var second = TrainedModelJson.Save(Trainer(trainer).Fit(data, seed: 2));

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void A_saved_and_loaded_model_predicts_bit_identically(string trainer)
    {
        var data = Data(trainer);
        var model = Trainer(trainer).Fit(data, seed: 1);

        var loaded = TrainedModelJson.Load(TrainedModelJson.Save(model));

        Assert.Equal(model.TrainerName, loaded.TrainerName);
        Assert.Equal(model.FeatureNames, loaded.FeatureNames);
        Assert.Equal(
            model.Predict(data).Select(BitConverter.DoubleToInt64Bits),
            loaded.Predict(data).Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(TrainedModelJson.Save(model), TrainedModelJson.Save(loaded));
    }

    [Fact]
    public void A_loaded_unpenalised_logistic_regression_keeps_its_coefficient_table()
    {
        var model = new LogisticRegressionTrainer().Fit(LinearTestData.Pima());

        var loaded = (LogisticRegressionModel)TrainedModelJson.Load(TrainedModelJson.Save(model));

        Assert.Equal(model.Summary!.Coefficients, loaded.Summary!.Coefficients);
    }

    [Fact]
    public void A_loaded_ordinary_least_squares_model_keeps_its_coefficient_table()
    {
        var model = new LinearRegressionTrainer().Fit(LinearTestData.Efron());

        var loaded = (LinearRegressionModel)TrainedModelJson.Load(TrainedModelJson.Save(model));

        Assert.Equal(model.Summary!.Coefficients, loaded.Summary!.Coefficients);
        Assert.Equal(model.Summary.ResidualStandardError, loaded.Summary!.ResidualStandardError);
    }
}
