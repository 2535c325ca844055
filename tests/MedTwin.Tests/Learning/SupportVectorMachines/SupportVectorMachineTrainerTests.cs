using System.Globalization;
using MedTwin.Learning;
using MedTwin.Learning.SupportVectorMachines;
using MedTwin.Tests.Learning.Peers;

namespace MedTwin.Tests.Learning.SupportVectorMachines;

public sealed class SupportVectorMachineTrainerTests
{
    // The first 150 masses of WDBC (both classes), standardised over all 569: small enough to keep each fit fast.
    private static LearningData SmallWdbc() => TreeAndSvmPeers.StandardisedWdbc().Subset([.. Enumerable.Range(0, 150)]);

    private static SupportVectorMachineModel Fit(SupportVectorMachineTrainer.Options options, LearningData data, int seed = 11) =>
        (SupportVectorMachineModel)new SupportVectorMachineTrainer(options).Fit(data, seed);

    [Fact]
    public void Gamma_scale_is_one_over_the_feature_count_times_the_variance_of_all_values()
    {
        var data = SmallFrames.Classification([0, 0, 1, 1], ("a", [0, 2, 4, 6]), ("b", [1, 1, 3, 3]));

        var model = Fit(new SupportVectorMachineTrainer.Options { ProbabilityFolds = 2 }, data, seed: 1);

        // The eight values 0, 2, 4, 6, 1, 1, 3, 3 have mean 2.5 and variance 26 / 8 = 3.25.
        Assert.Equal(1 / (2 * 3.25), model.Gamma, 1e-15);
    }

    [Fact]
    public void The_probability_rises_with_the_decision_value_and_predicts_the_classes_well()
    {
        var data = SmallWdbc();
        var model = Fit(new SupportVectorMachineTrainer.Options(), data);

        Assert.True(model.PlattA < 0);
        var rows = Enumerable.Range(0, data.RowCount).OrderBy(i => model.DecisionValue(data.Row(i))).ToList();
        var probabilities = rows.Select(i => model.Predict(data.Row(i))).ToList();
        Assert.Equal(probabilities.Order(), probabilities);
        var agreeing = rows.Count(i => (model.Predict(data.Row(i)) > 0.5) == (data.Labels[i] == 1));
        Assert.True(agreeing >= 0.95 * data.RowCount, $"{agreeing} of {data.RowCount}");
    }

    [Fact]
    public void A_saved_and_loaded_svm_predicts_bit_identically()
    {
        var data = SmallWdbc();
        var model = Fit(new SupportVectorMachineTrainer.Options(), data);

        var loaded = (SupportVectorMachineModel)TrainedModelJson.Load(TrainedModelJson.Save(model));

        Assert.Equal(model.Predict(data).Select(BitConverter.DoubleToInt64Bits), loaded.Predict(data).Select(BitConverter.DoubleToInt64Bits));
        Assert.All(Enumerable.Range(0, data.RowCount), i => Assert.Equal(
            BitConverter.DoubleToInt64Bits(model.DecisionValue(data.Row(i))), BitConverter.DoubleToInt64Bits(loaded.DecisionValue(data.Row(i)))));
        Assert.Equal(TrainedModelJson.Save(model), TrainedModelJson.Save(loaded));
    }

    [Fact]
    public void Loading_a_saved_svm_with_an_unknown_kernel_fails_naming_it()
    {
        var saved = TrainedModelJson.Save(Fit(new SupportVectorMachineTrainer.Options { Kernel = SvmKernel.Linear }, SmallWdbc()));

        var error = Assert.Throws<LearningException>(() => TrainedModelJson.Load(saved.Replace("\"Linear\"", "\"Sigmoid\"", StringComparison.Ordinal)));

        Assert.Contains("unknown kernel 'Sigmoid'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_fits_with_the_same_seed_give_bit_identical_models()
    {
        var trainer = new SupportVectorMachineTrainer(new SupportVectorMachineTrainer.Options { Kernel = SvmKernel.Linear });

        Assert.Equal(TrainedModelJson.Save(trainer.Fit(SmallWdbc(), seed: 5)), TrainedModelJson.Save(trainer.Fit(SmallWdbc(), seed: 5)));
    }

    [Fact]
    public void The_seed_changes_the_probability_folds_but_not_the_decision_function()
    {
        var first = Fit(new SupportVectorMachineTrainer.Options(), SmallWdbc(), seed: 1);
        var second = Fit(new SupportVectorMachineTrainer.Options(), SmallWdbc(), seed: 2);

        Assert.Equal(first.DualCoefficients, second.DualCoefficients);
        Assert.Equal(first.Intercept, second.Intercept);
        Assert.NotEqual((first.PlattA, first.PlattB), (second.PlattA, second.PlattB));
    }

    [Fact]
    public void A_solver_that_does_not_converge_within_the_iteration_limit_fails_instead_of_answering()
    {
        var error = Assert.Throws<LearningException>(() => Fit(new SupportVectorMachineTrainer.Options { MaxIterations = 10 }, SmallWdbc()));

        Assert.Contains("within 10 iterations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_and_hyperparameters_are_invariant_text()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var rbf = new SupportVectorMachineTrainer(new SupportVectorMachineTrainer.Options { C = 0.5, Gamma = SvmGamma.Of(0.25) });
            var linear = new SupportVectorMachineTrainer(new SupportVectorMachineTrainer.Options { Kernel = SvmKernel.Linear, C = 2.5 });

            Assert.Equal("support vector machine (RBF kernel, C = 0.5, γ = 0.25)", rbf.Name);
            Assert.Equal("support vector machine (linear kernel, C = 2.5)", linear.Name);
            Assert.Equal("0.001", rbf.Hyperparameters["tolerance"]);
            Assert.Equal("0.25", rbf.Hyperparameters["gamma"]);
            Assert.Equal("scale", new SupportVectorMachineTrainer().Hyperparameters["gamma"]);
            Assert.False(linear.Hyperparameters.ContainsKey("gamma"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Training_on_no_rows_fails_saying_how_many_were_needed()
    {
        var error = Assert.Throws<LearningException>(() => new SupportVectorMachineTrainer().Fit(SmallWdbc().Subset([]), seed: 1));

        Assert.Contains("found 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_on_one_class_fails_naming_the_label()
    {
        var data = SmallWdbc();
        var benign = data.Subset([.. Enumerable.Range(0, data.RowCount).Where(i => data.Labels[i] == 0)]);

        var error = Assert.Throws<LearningException>(() => new SupportVectorMachineTrainer().Fit(benign, seed: 1));

        Assert.Equal("diagnosis", error.Column);
    }

    [Fact]
    public void Training_on_rows_that_are_all_identical_fails_saying_the_classes_cannot_be_separated()
    {
        var data = SmallFrames.Classification([0, 1, 0, 1, 0, 1], ("x", [2, 2, 2, 2, 2, 2]));

        var error = Assert.Throws<LearningException>(() => new SupportVectorMachineTrainer().Fit(data, seed: 1));

        Assert.Contains("all 6 rows have the same features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_on_a_continuous_label_fails_naming_it()
    {
        var error = Assert.Throws<LearningException>(() => new SupportVectorMachineTrainer().Fit(TreeAndSvmPeers.Efron(), seed: 1));

        Assert.Equal("progression", error.Column);
        Assert.Contains("two-class label", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C", -1)]
    [InlineData("C", double.NaN)]
    [InlineData("Tolerance", 0)]
    [InlineData("Tolerance", double.NaN)]
    [InlineData("MaxIterations", 0)]
    [InlineData("ProbabilityFolds", 1)]
    public void An_out_of_range_option_is_refused_naming_it(string option, double value)
    {
        var options = option switch
        {
            "C" => new SupportVectorMachineTrainer.Options { C = value },
            "Tolerance" => new SupportVectorMachineTrainer.Options { Tolerance = value },
            "MaxIterations" => new SupportVectorMachineTrainer.Options { MaxIterations = (int)value },
            _ => new SupportVectorMachineTrainer.Options { ProbabilityFolds = (int)value },
        };

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new SupportVectorMachineTrainer(options));

        Assert.Equal(option, error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_gamma_that_is_not_a_finite_positive_number_is_refused(double gamma)
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SvmGamma.Of(gamma));
    }

    [Fact]
    public void Predicting_a_row_with_the_wrong_feature_count_fails_saying_how_many_are_expected()
    {
        var model = Fit(new SupportVectorMachineTrainer.Options { Kernel = SvmKernel.Linear }, SmallWdbc());

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1.0, 2.0, 3.0]));

        Assert.Contains("expected 30 feature values", error.Message, StringComparison.Ordinal);
        Assert.Contains("found 3", error.Message, StringComparison.Ordinal);
    }
}
