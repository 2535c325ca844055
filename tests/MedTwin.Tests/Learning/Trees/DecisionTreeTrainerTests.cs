using System.Globalization;
using MedTwin.Learning;
using MedTwin.Learning.Trees;
using MedTwin.Tests.Learning.Peers;

namespace MedTwin.Tests.Learning.Trees;

public sealed class DecisionTreeTrainerTests
{
    private static DecisionTreeModel FitPima(DecisionTreeTrainer.Options options) =>
        (DecisionTreeModel)new DecisionTreeTrainer(options).Fit(TreeAndSvmPeers.Pima(), seed: 1);

    [Fact]
    public void On_equal_improvement_the_first_feature_in_column_order_is_chosen()
    {
        double[] values = [1, 2, 3, 4, 5, 6];
        double[] labels = [0, 0, 0, 1, 1, 1];

        var model = (DecisionTreeModel)new DecisionTreeTrainer().Fit(SmallFrames.Classification(labels, ("later", values), ("earlier", values)), seed: 1);
        var swapped = (DecisionTreeModel)new DecisionTreeTrainer().Fit(SmallFrames.Classification(labels, ("earlier", values), ("later", values)), seed: 1);

        Assert.Equal("later", model.FeatureNames[model.Root.Feature]);
        Assert.Equal("earlier", swapped.FeatureNames[swapped.Root.Feature]);
        Assert.Equal(3.5, model.Root.Threshold);
    }

    [Fact]
    public void Within_a_feature_the_lowest_of_equally_good_thresholds_is_chosen()
    {
        var model = (DecisionTreeModel)new DecisionTreeTrainer(new DecisionTreeTrainer.Options { MaxDepth = 1 })
            .Fit(SmallFrames.Classification([0, 1, 0, 1], ("x", [1, 2, 3, 4])), seed: 1);

        Assert.Equal(1.5, model.Root.Threshold);
    }

    [Fact]
    public void No_leaf_holds_fewer_rows_than_the_minimum_per_leaf()
    {
        var model = FitPima(new DecisionTreeTrainer.Options { MinSamplesLeaf = 30 });

        Assert.All(Leaves(model.Root), leaf => Assert.True(leaf.SampleCount >= 30));
        Assert.Contains(Leaves(model.Root), leaf => leaf.SampleCount < 60);
    }

    [Fact]
    public void A_node_with_fewer_rows_than_the_minimum_to_split_is_a_leaf()
    {
        var model = FitPima(new DecisionTreeTrainer.Options { MinSamplesSplit = 100 });

        Assert.All(Internal(model.Root), node => Assert.True(node.SampleCount >= 100));
    }

    [Fact]
    public void Feature_importances_sum_to_one_and_are_all_zero_for_a_tree_without_a_split()
    {
        var grown = FitPima(new DecisionTreeTrainer.Options { MaxDepth = 3 });
        var stump = FitPima(new DecisionTreeTrainer.Options { MinImpurityDecrease = 1 });

        Assert.Equal(1, grown.FeatureImportances.Sum(), 1e-12);
        Assert.True(stump.Root.IsLeaf);
        Assert.All(stump.FeatureImportances, importance => Assert.Equal(0, importance));
        Assert.Equal(268.0 / 768, stump.Root.Value);
    }

    [Fact]
    public void Rules_give_one_line_per_leaf_with_its_conditions_prediction_and_row_count()
    {
        var rules = FitPima(new DecisionTreeTrainer.Options { MaxDepth = 3 }).Rules("pos");

        Assert.Equal(8, rules.Count);
        Assert.Equal("glucose <= 127.5 AND age <= 28.5 AND mass <= 45.4 → P(pos) = 0.07 (n = 267)", rules[0]);
        Assert.Equal("glucose > 127.5 AND mass > 29.95 AND glucose > 157.5 → P(pos) = 0.87 (n = 92)", rules[^1]);
    }

    [Fact]
    public void Rules_of_a_regression_tree_give_the_mean_and_name_the_label_when_no_class_is_named()
    {
        var regression = (DecisionTreeModel)new DecisionTreeTrainer(new DecisionTreeTrainer.Options { MaxDepth = 1 }).Fit(TreeAndSvmPeers.Efron(), seed: 1);
        var classification = FitPima(new DecisionTreeTrainer.Options { MaxDepth = 1 });

        Assert.Matches(@"^ltg <= 4\.60015 → mean progression = [0-9.]+ \(n = \d+\)$", regression.Rules()[0]);
        Assert.StartsWith("glucose <= 127.5 → P(diabetes = 1) = ", classification.Rules()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_drawing_indents_each_level_as_scikit_learn_export_text()
    {
        var text = FitPima(new DecisionTreeTrainer.Options { MaxDepth = 2 }).ToText("pos");

        Assert.StartsWith("|--- glucose <= 127.5\n|   |--- age <= 28.5\n|   |   |--- P(pos) = ", text, StringComparison.Ordinal);
        Assert.Equal(4 + 2 + 4, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_saved_and_loaded_tree_predicts_bit_identically()
    {
        var data = TreeAndSvmPeers.Efron();
        var model = new DecisionTreeTrainer(new DecisionTreeTrainer.Options { MaxDepth = 6 }).Fit(data, seed: 1);

        var loaded = TrainedModelJson.Load(TrainedModelJson.Save(model));

        Assert.IsType<DecisionTreeModel>(loaded);
        Assert.Equal(model.Predict(data).Select(BitConverter.DoubleToInt64Bits), loaded.Predict(data).Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(TrainedModelJson.Save(model), TrainedModelJson.Save(loaded));
    }

    [Fact]
    public void A_tree_deeper_than_the_JSON_nesting_limit_saves_and_loads()
    {
        double[] position = [.. Enumerable.Range(0, 200).Select(i => (double)i)];
        double[] alternating = [.. position.Select(x => x % 2)];
        var data = SmallFrames.Classification(alternating, ("position", position));
        var model = (DecisionTreeModel)new DecisionTreeTrainer().Fit(data, seed: 1);

        var loaded = TrainedModelJson.Load(TrainedModelJson.Save(model));

        Assert.True(Depth(model.Root) > 64, $"depth {Depth(model.Root)}");
        Assert.Equal(alternating, loaded.Predict(data));
    }

    [Fact]
    public void Two_fits_give_bit_identical_trees()
    {
        var trainer = new DecisionTreeTrainer(new DecisionTreeTrainer.Options { Criterion = SplitCriterion.Entropy });

        Assert.Equal(TrainedModelJson.Save(trainer.Fit(TreeAndSvmPeers.Pima(), seed: 3)), TrainedModelJson.Save(trainer.Fit(TreeAndSvmPeers.Pima(), seed: 3)));
    }

    [Fact]
    public void The_name_and_hyperparameters_are_invariant_text()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var trainer = new DecisionTreeTrainer(new DecisionTreeTrainer.Options { MaxDepth = 4, MinImpurityDecrease = 0.001 });

            Assert.Equal("decision tree (CART, Gini, max depth 4)", trainer.Name);
            Assert.Equal("0.001", trainer.Hyperparameters["min_impurity_decrease"]);
            Assert.Equal("4", trainer.Hyperparameters["max_depth"]);
            Assert.Equal("Gini (classification), squared error (regression)", trainer.Hyperparameters["criterion"]);
            Assert.Equal("none", new DecisionTreeTrainer().Hyperparameters["max_depth"]);
            Assert.Equal("decision tree (CART, squared error, max depth 4)", trainer.Fit(TreeAndSvmPeers.Efron(), seed: 1).TrainerName);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Training_on_no_rows_fails_saying_how_many_were_needed()
    {
        var error = Assert.Throws<LearningException>(() => new DecisionTreeTrainer().Fit(TreeAndSvmPeers.Pima().Subset([]), seed: 1));

        Assert.Contains("found 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_on_one_row_fails_saying_two_are_needed()
    {
        var error = Assert.Throws<LearningException>(() => new DecisionTreeTrainer().Fit(TreeAndSvmPeers.Efron().Subset([0]), seed: 1));

        Assert.Contains("needs at least 2 rows; found 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_a_classifier_on_one_class_fails_naming_the_label()
    {
        var pima = TreeAndSvmPeers.Pima();
        var negatives = pima.Subset([.. Enumerable.Range(0, pima.RowCount).Where(i => pima.Labels[i] == 0)]);

        var error = Assert.Throws<LearningException>(() => new DecisionTreeTrainer().Fit(negatives, seed: 1));

        Assert.Equal("diabetes", error.Column);
        Assert.Contains("one class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_on_rows_that_are_all_identical_fails_saying_no_split_is_possible()
    {
        var data = SmallFrames.Classification([0, 1, 0, 1], ("x", [2, 2, 2, 2]), ("z", [5, 5, 5, 5]));

        var error = Assert.Throws<LearningException>(() => new DecisionTreeTrainer().Fit(data, seed: 1));

        Assert.Contains("all 4 rows have the same features", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxDepth", 0)]
    [InlineData("MinSamplesSplit", 1)]
    [InlineData("MinSamplesLeaf", 0)]
    [InlineData("MinImpurityDecrease", -0.1)]
    [InlineData("MinImpurityDecrease", double.NaN)]
    public void An_out_of_range_option_is_refused_naming_it(string option, double value)
    {
        var options = option switch
        {
            "MaxDepth" => new DecisionTreeTrainer.Options { MaxDepth = (int)value },
            "MinSamplesSplit" => new DecisionTreeTrainer.Options { MinSamplesSplit = (int)value },
            "MinSamplesLeaf" => new DecisionTreeTrainer.Options { MinSamplesLeaf = (int)value },
            _ => new DecisionTreeTrainer.Options { MinImpurityDecrease = value },
        };

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new DecisionTreeTrainer(options));

        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public void Predicting_a_row_with_the_wrong_feature_count_fails_saying_how_many_are_expected()
    {
        var model = FitPima(new DecisionTreeTrainer.Options { MaxDepth = 2 });

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1.0, 2.0]));

        Assert.Contains("expected 8 feature values (pregnant, glucose", error.Message, StringComparison.Ordinal);
        Assert.Contains("found 2", error.Message, StringComparison.Ordinal);
    }

    private static int Depth(DecisionTreeNode node) =>
        node is { Left: { } left, Right: { } right } ? 1 + Math.Max(Depth(left), Depth(right)) : 0;

    private static IEnumerable<DecisionTreeNode> Leaves(DecisionTreeNode node) =>
        node is { Left: { } left, Right: { } right } ? [.. Leaves(left), .. Leaves(right)] : [node];

    private static IEnumerable<DecisionTreeNode> Internal(DecisionTreeNode node) =>
        node is { Left: { } left, Right: { } right } ? [node, .. Internal(left), .. Internal(right)] : [];
}
