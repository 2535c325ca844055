using System.Globalization;
using MedTwin.Data.Preparation;
using MedTwin.Learning;
using MedTwin.Learning.Metrics;
using MedTwin.Learning.Validation;
using MedTwin.Tests.Learning.Support;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning.Validation;

public sealed class CrossValidationTests
{
    private static readonly PreparationRecipe ImputeInsulinWithTheMean = new()
    {
        Steps = [new DeclareMissing { Columns = ["insulin"], Values = [0] }, new Impute { Columns = ["insulin"], Method = ImputeMethod.Mean }],
    };

    private static ValidationSetup Pima(PreparationRecipe? recipe = null) => new()
    {
        Frame = PeerFiles.Pima(),
        Label = "diabetes",
        Task = LearningTask.BinaryClassification,
        PositiveClass = "pos",
        Recipe = recipe,
    };

    private static CrossValidationOptions Options(int seed = 42) => new() { Seed = seed, BootstrapResamples = 200 };

    [Fact]
    public void The_recipe_learns_its_imputation_mean_from_the_training_rows_of_each_fold_only()
    {
        var setup = Pima(ImputeInsulinWithTheMean);
        var insulin = Enumerable.Range(0, 768).Select(i => Convert.ToDouble(setup.Frame["insulin"][i], CultureInfo.InvariantCulture)).ToArray();
        var fullDataMean = insulin.Where(v => v != 0).Average();

        var result = CrossValidation.Run(new NearestCentroidTrainer(), setup, setup.Folds(5, seed: 42), Options());

        Assert.All(result.FoldResults, fold =>
        {
            var learnt = fold.Recipe!.Steps[1].Statistics.Single().Value!.Value;
            var trainingMean = fold.Fold.TrainingRows.Select(r => insulin[r]).Where(v => v != 0).Average();
            Assert.Equal(trainingMean, learnt, 1e-9);
            Assert.NotEqual(fullDataMean, learnt, 1e-6);
        });
    }

    [Fact]
    public void A_model_that_memorises_labels_by_row_sees_only_training_rows_and_scores_at_chance_out_of_fold()
    {
        var frame = PeerFiles.Pima();
        frame.Columns.Add(new Int32DataFrameColumn("id", Enumerable.Range(0, 768)));
        var setup = Pima() with { Frame = frame, Features = ["id"] };
        var folds = setup.Folds(5, seed: 42);
        var memoriser = new MemorisingTrainer();

        var result = CrossValidation.Run(memoriser, setup, folds, Options());

        Assert.Equal(folds.Items.Select(f => f.TrainingRows.ToArray()), memoriser.IdsSeenByEachFit);
        Assert.Equal(0.5, result.Summary("ROC AUC").Pooled.Estimate);
        Assert.All(result.Predictions, p => Assert.Equal(0.5, p.Prediction));
    }

    [Fact]
    public void Pooled_out_of_fold_predictions_cover_every_row_once_per_repeat()
    {
        var setup = Pima(ImputeInsulinWithTheMean);

        var result = CrossValidation.Run(new NearestCentroidTrainer(), setup, setup.Folds(4, seed: 3, repeats: 2), Options());

        Assert.Equal(1536, result.Predictions.Count);
        Assert.Equal(Enumerable.Range(0, 768).Concat(Enumerable.Range(0, 768)), result.Predictions.Select(p => p.Row));
        Assert.Equal(8, result.FoldResults.Count);
        Assert.Equal(8, result.FoldResults.Select(f => f.Seed).Distinct().Count());
    }

    [Fact]
    public void The_nearest_centroid_model_on_pima_scores_a_plausible_auc_with_an_interval_around_it()
    {
        var setup = Pima(ImputeInsulinWithTheMean);

        var auc = CrossValidation.Run(new NearestCentroidTrainer(), setup, setup.Folds(5, seed: 42), Options()).Summary("ROC AUC");

        Assert.InRange(auc.Pooled.Estimate, 0.75, 0.85);
        Assert.InRange(auc.Pooled.Estimate, auc.Pooled.Lower, auc.Pooled.Upper);
        Assert.InRange(auc.FoldMean, 0.7, 0.9);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_text()
    {
        var setup = Pima(ImputeInsulinWithTheMean);

        var first = CrossValidation.Run(new NearestCentroidTrainer(), setup, setup.Folds(5, seed: 9), Options(9)).ToText();
        var second = CrossValidation.Run(new NearestCentroidTrainer(), Pima(ImputeInsulinWithTheMean), Pima().Folds(5, seed: 9), Options(9)).ToText();

        Assert.Equal(first, second);
        Assert.Contains("ROC AUC: 0.", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_is_validated_with_k_fold_and_regression_metrics()
    {
        var setup = Pima(ImputeInsulinWithTheMean) with { Label = "mass", Task = LearningTask.Regression, PositiveClass = null, Features = ["glucose", "insulin"] };

        var result = CrossValidation.Run(new LeastSquaresTrainer("glucose"), setup, setup.Folds(5, seed: 1), Options());

        Assert.Equal(["RMSE", "MAE", "R²"], result.Summaries.Select(s => s.Metric));
        Assert.InRange(result.Summary("RMSE").Pooled.Estimate, 5, 10);
    }

    [Fact]
    public void A_hold_out_split_scores_each_held_out_row_once()
    {
        var setup = Pima(ImputeInsulinWithTheMean);

        var result = CrossValidation.Run(new NearestCentroidTrainer(), setup, Folds.HoldOut(768, 0.25, seed: 4), Options());

        Assert.Equal(192, result.Predictions.Count);
        Assert.True(double.IsNaN(result.Summary("ROC AUC").FoldStandardDeviation));
        Assert.Equal(result.Summary("ROC AUC").FoldMean, result.Summary("ROC AUC").Pooled.Estimate);
    }

    [Fact]
    public void A_fold_that_cannot_be_fitted_is_named_in_the_error()
    {
        var setup = Pima() with { Features = ["glucose", "bmi"] };

        var error = Assert.Throws<LearningException>(() => CrossValidation.Run(new NearestCentroidTrainer(), setup, setup.Folds(5, 1), Options()));

        Assert.StartsWith("nearest centroid (t = 1): validation, repeat 1, fold 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'bmi'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folds_made_for_another_row_count_are_refused()
    {
        var error = Assert.Throws<LearningException>(() => CrossValidation.Run(new NearestCentroidTrainer(), Pima(ImputeInsulinWithTheMean), Folds.KFold(100, 5, 1), Options()));
        Assert.Contains("the folds split 100 rows; the frame has 768", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_for_another_task_is_refused()
    {
        var setup = Pima(ImputeInsulinWithTheMean);
        var error = Assert.Throws<LearningException>(() =>
            CrossValidation.Run(new NearestCentroidTrainer(), setup, setup.Folds(5, 1), Options() with { Metrics = [Metric.Rmse] }));
        Assert.Contains("'RMSE' scores Regression", error.Message, StringComparison.Ordinal);
    }
}
