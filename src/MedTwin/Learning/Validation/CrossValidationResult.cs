using System.Globalization;
using System.Text;
using MedTwin.Learning.Metrics;

namespace MedTwin.Learning.Validation;

/// <summary>A trainer's validation: per-fold metrics, pooled out-of-fold predictions and each metric's summary.</summary>
public sealed class CrossValidationResult
{
    private CrossValidationResult(
        string trainerName,
        IReadOnlyDictionary<string, string> hyperparameters,
        Folds folds,
        IReadOnlyList<FoldResult> foldResults,
        IReadOnlyList<OutOfFoldPrediction> predictions,
        IReadOnlyList<MetricSummary> summaries)
    {
        TrainerName = trainerName;
        Hyperparameters = hyperparameters;
        Folds = folds;
        FoldResults = foldResults;
        Predictions = predictions;
        Summaries = summaries;
    }

    /// <summary>The trainer's name.</summary>
    public string TrainerName { get; }

    /// <summary>The trainer's hyperparameters.</summary>
    public IReadOnlyDictionary<string, string> Hyperparameters { get; }

    /// <summary>The folds it was validated on.</summary>
    public Folds Folds { get; }

    /// <summary>Each fold's fit and metrics.</summary>
    public IReadOnlyList<FoldResult> FoldResults { get; }

    /// <summary>Every out-of-fold prediction, by repeat then row.</summary>
    public IReadOnlyList<OutOfFoldPrediction> Predictions { get; }

    /// <summary>Each metric over the folds, in the order requested.</summary>
    public IReadOnlyList<MetricSummary> Summaries { get; }

    /// <summary>The named metric's summary.</summary>
    /// <exception cref="KeyNotFoundException">The metric was not computed.</exception>
    public MetricSummary Summary(string metric) =>
        Summaries.FirstOrDefault(s => s.Metric == metric) ?? throw new KeyNotFoundException($"The metric '{metric}' was not computed; computed: {string.Join(", ", Summaries.Select(s => s.Metric))}.");

    /// <summary>The named metric on each fold, in fold order.</summary>
    public IReadOnlyList<double> FoldValues(string metric) => [.. FoldResults.Select(f => f[metric])];

    /// <summary>The summary as invariant text: one line per metric, the same bytes for the same seed.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{TrainerName} — {Folds.Description}\n");
        foreach (var s in Summaries)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {s.Metric}: {Number(s.Pooled.Estimate)} [{Number(s.Pooled.Lower)}, {Number(s.Pooled.Upper)}]");
            text.Append(CultureInfo.InvariantCulture, $"; folds {Number(s.FoldMean)} ± {Number(s.FoldStandardDeviation)}");
            if (s.UndefinedFolds > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({s.UndefinedFolds} undefined)");
            }

            if (s.Pooled.UndefinedResamples > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"; {s.Pooled.UndefinedResamples} of {s.Pooled.Resamples} resamples undefined");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The summary text.</summary>
    public override string ToString() => ToText();

    internal static string Number(double value) => double.IsNaN(value) ? "NA" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    internal static CrossValidationResult Create(
        string trainerName,
        IReadOnlyDictionary<string, string> hyperparameters,
        Folds folds,
        IReadOnlyList<Metric> metrics,
        IReadOnlyList<FoldResult> foldResults,
        List<OutOfFoldPrediction> predictions,
        CrossValidationOptions options)
    {
        var pooled = predictions.OrderBy(p => p.Repeat).ThenBy(p => p.Row).ToArray();
        var groups = pooled.Select((p, i) => (p.Row, i)).GroupBy(p => p.Row).OrderBy(g => g.Key).Select(g => g.Select(p => p.i).ToArray()).ToArray();
        var bootstrap = new BootstrapOptions
        {
            Resamples = options.BootstrapResamples,
            Seed = SeedDerivation.Derive(options.Seed, -1),
            Level = options.ConfidenceLevel,
            Stratified = options.StratifiedBootstrap,
        };
        var intervals = Bootstrap.Intervals([.. pooled.Select(p => p.Label)], [.. pooled.Select(p => p.Prediction)], metrics, bootstrap, groups);
        var summaries = metrics.Select((metric, m) =>
        {
            var values = foldResults.Select(f => f.Metrics[m].Value).ToArray();
            var defined = values.Where(v => !double.IsNaN(v)).ToArray();
            return new MetricSummary(metric.Name, defined.Length == 0 ? double.NaN : defined.Average(), StandardDeviation(defined), values.Length - defined.Length, intervals[m]);
        });
        return new CrossValidationResult(trainerName, hyperparameters, folds, foldResults, pooled, [.. summaries]);
    }

    private static double StandardDeviation(double[] values)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
