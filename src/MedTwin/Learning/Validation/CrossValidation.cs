using MedTwin.Learning.Metrics;

namespace MedTwin.Learning.Validation;

/// <summary>
/// Cross-validation (or hold-out) of any trainer: for each fold the recipe is fitted on the training rows only, the
/// trainer is fitted with a seed derived from the study seed and the fold, and the held-out rows are predicted. Folds run
/// one after another on one thread, so the result does not depend on the machine.
/// </summary>
public static class CrossValidation
{
    /// <summary>Validates <paramref name="trainer"/> on <paramref name="folds"/>.</summary>
    /// <exception cref="LearningException">
    /// The folds were made for a different number of rows, the options are invalid, a metric is for another task, or a
    /// fold cannot be prepared or fitted (the message names the fold).
    /// </exception>
    public static CrossValidationResult Run(ITrainer trainer, ValidationSetup setup, Folds folds, CrossValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentNullException.ThrowIfNull(options);
        var metrics = options.Metrics ?? Metric.For(setup.Task);
        Validate(trainer, setup, folds, options, metrics);
        var results = new List<FoldResult>();
        var predictions = new List<OutOfFoldPrediction>();
        foreach (var fold in folds.Items)
        {
            var seed = SeedDerivation.Derive(options.Seed, fold.Repeat, fold.Index);
            var (model, recipe, labels, predicted) = FitFold(trainer, setup, fold, seed);
            results.Add(new FoldResult(fold, seed, model, recipe, [.. metrics.Select(m => new MetricValue(m.Name, m.Compute(labels, predicted)))]));
            predictions.AddRange(fold.TestRows.Select((row, i) => new OutOfFoldPrediction(row, fold.Repeat, fold.Index, labels[i], predicted[i])));
        }

        return CrossValidationResult.Create(results[0].Model.TrainerName, trainer.Hyperparameters, folds, metrics, results, predictions, options);
    }

    internal static (ITrainedModel Model, Data.Preparation.FittedRecipe? Recipe, double[] Labels, double[] Predictions) FitFold(
        ITrainer trainer, ValidationSetup setup, Fold fold, int seed)
    {
        try
        {
            return FoldFit.Run(trainer, setup, fold.TrainingRows, fold.TestRows, seed);
        }
        catch (Exception e) when (e is LearningException or Data.Preparation.PreparationException)
        {
            throw new LearningException($"{trainer.Name}: validation, repeat {fold.Repeat + 1}, fold {fold.Index + 1}", e.Message);
        }
    }

    private static void Validate(ITrainer trainer, ValidationSetup setup, Folds folds, CrossValidationOptions options, IReadOnlyList<Metric> metrics)
    {
        var operation = $"{trainer.Name}: validation";
        if (folds.RowCount != setup.Frame.Rows.Count)
        {
            throw new LearningException(operation, $"the folds split {folds.RowCount} rows; the frame has {setup.Frame.Rows.Count}");
        }

        if (!trainer.Tasks.Contains(setup.Task))
        {
            throw new LearningException(operation, $"the trainer fits {string.Join(", ", trainer.Tasks)}, not {setup.Task}");
        }

        if (metrics.Count == 0)
        {
            throw new LearningException(operation, "no metrics were requested");
        }

        var wrong = metrics.FirstOrDefault(m => m.Task != setup.Task);
        if (wrong is not null)
        {
            throw new LearningException(operation, $"the metric '{wrong.Name}' scores {wrong.Task}, not {setup.Task}");
        }

        new BootstrapOptions { Resamples = options.BootstrapResamples, Seed = options.Seed, Level = options.ConfidenceLevel }.Validate();
    }
}
