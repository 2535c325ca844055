using MedTwin.Learning.Metrics;
using MedTwin.Learning.Validation;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>A family's timed cross-validation.</summary>
/// <param name="Family">The family.</param>
/// <param name="RunSeconds">The wall-clock seconds of each timed run.</param>
/// <param name="Result">The validation's folds, predictions and ROC AUC.</param>
internal sealed record FamilyMeasurement(ModelFamily Family, IReadOnlyList<double> RunSeconds, CrossValidationResult Result)
{
    /// <summary>The fastest timed run, in seconds.</summary>
    public double BestSeconds => RunSeconds.Min();

    /// <summary>The mean of the ten folds' ROC AUC.</summary>
    public double MeanFoldAuc => Result.Summary(Metric.RocAuc.Name).FoldMean;

    /// <summary>The ROC AUC of all out-of-fold predictions pooled.</summary>
    public double PooledAuc => Result.Summary(Metric.RocAuc.Name).Pooled.Estimate;
}
