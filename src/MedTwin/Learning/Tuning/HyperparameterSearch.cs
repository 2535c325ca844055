using MedTwin.Learning.Metrics;
using MedTwin.Learning.Validation;

namespace MedTwin.Learning.Tuning;

/// <summary>
/// Chooses hyperparameters by cross-validation, and reports a tuned model honestly by nested cross-validation: the outer
/// folds score the whole procedure, inner folds on each outer training set choose. Candidates come from
/// <see cref="SearchSpace.Grid"/> or <see cref="SearchSpace.Sample"/>; a factory turns each into a trainer.
/// </summary>
public static class HyperparameterSearch
{
    /// <summary>Scores every candidate on the same folds and returns the best by the metric's direction.</summary>
    /// <exception cref="LearningException">No candidates, a metric that cannot rank, or a fold that cannot be fitted.</exception>
    public static SearchResult Search(
        Func<ParameterSet, ITrainer> factory, IReadOnlyList<ParameterSet> candidates, ValidationSetup setup, Folds folds, Metric metric, int seed)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentNullException.ThrowIfNull(metric);
        var higherIsBetter = RequireRanking(metric, candidates);
        var scores = new List<CandidateScore>();
        foreach (var candidate in candidates)
        {
            var trainer = factory(candidate);
            var values = folds.Items.Select(fold =>
            {
                var (_, _, labels, predictions) = CrossValidation.FitFold(trainer, setup, fold, SeedDerivation.Derive(seed, fold.Repeat, fold.Index));
                return metric.Compute(labels, predictions);
            }).ToArray();
            var defined = values.Where(v => !double.IsNaN(v)).ToArray();
            scores.Add(new CandidateScore(candidate, defined.Length == 0 ? double.NaN : defined.Average(), values.Length - defined.Length));
        }

        var best = scores[0];
        foreach (var score in scores.Skip(1))
        {
            if (!double.IsNaN(score.MeanScore) && (double.IsNaN(best.MeanScore) || (higherIsBetter ? score.MeanScore > best.MeanScore : score.MeanScore < best.MeanScore)))
            {
                best = score;
            }
        }

        return new SearchResult(scores, best);
    }

    /// <summary>
    /// Nested cross-validation: for each outer fold, the candidates are searched on inner folds of its training rows, the
    /// best is refitted on all its training rows and scores the held-out rows.
    /// </summary>
    /// <exception cref="LearningException">No candidates, invalid options, or a fold that cannot be fitted.</exception>
    public static NestedCrossValidationResult NestedCrossValidation(
        Func<ParameterSet, ITrainer> factory, IReadOnlyList<ParameterSet> candidates, ValidationSetup setup, Folds outerFolds, TuningOptions options)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(outerFolds);
        ArgumentNullException.ThrowIfNull(options);
        RequireRanking(options.SelectionMetric, candidates);
        var metrics = options.Metrics ?? Metric.For(setup.Task);
        var cvOptions = new CrossValidationOptions
        {
            Seed = options.Seed,
            Metrics = metrics,
            BootstrapResamples = options.BootstrapResamples,
            ConfidenceLevel = options.ConfidenceLevel,
        };
        var choices = new List<OuterFoldChoice>();
        var results = new List<FoldResult>();
        var predictions = new List<OutOfFoldPrediction>();
        foreach (var fold in outerFolds.Items)
        {
            var inner = setup with { Frame = FoldFit.Rows(setup.Frame, fold.TrainingRows) };
            var innerFolds = inner.Folds(options.InnerFolds, SeedDerivation.Derive(options.Seed, fold.Repeat, fold.Index, 1));
            var search = Search(factory, candidates, inner, innerFolds, options.SelectionMetric, SeedDerivation.Derive(options.Seed, fold.Repeat, fold.Index, 2));
            choices.Add(new OuterFoldChoice(fold.Repeat, fold.Index, search));
            var seed = SeedDerivation.Derive(options.Seed, fold.Repeat, fold.Index);
            var (model, recipe, labels, predicted) = CrossValidation.FitFold(factory(search.Best.Parameters), setup, fold, seed);
            results.Add(new FoldResult(fold, seed, model, recipe, [.. metrics.Select(m => new MetricValue(m.Name, m.Compute(labels, predicted)))]));
            predictions.AddRange(fold.TestRows.Select((row, i) => new OutOfFoldPrediction(row, fold.Repeat, fold.Index, labels[i], predicted[i])));
        }

        var hyperparameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["candidates"] = candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["inner folds"] = options.InnerFolds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["selection metric"] = options.SelectionMetric.Name,
        };
        var outer = CrossValidationResult.Create(options.Name, hyperparameters, outerFolds, metrics, results, predictions, cvOptions);
        return new NestedCrossValidationResult(outer, choices);
    }

    private static bool RequireRanking(Metric metric, IReadOnlyList<ParameterSet> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            throw new LearningException("hyperparameter search", "there are no candidates to search");
        }

        return metric.HigherIsBetter ?? throw new LearningException("hyperparameter search", $"the metric '{metric.Name}' is neither a score nor a loss, so it cannot choose");
    }
}
