using MedTwin.Learning.Metrics;

namespace MedTwin.Learning.Validation;

/// <summary>A metric over all folds.</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="FoldMean">The mean of the fold values that are defined.</param>
/// <param name="FoldStandardDeviation">Their sample standard deviation (n − 1); NaN with fewer than two.</param>
/// <param name="UndefinedFolds">How many folds left the metric undefined (not in the mean).</param>
/// <param name="Pooled">The pooled out-of-fold estimate with its bootstrap interval (rows resampled, each with all its repeats' predictions).</param>
public sealed record MetricSummary(string Metric, double FoldMean, double FoldStandardDeviation, int UndefinedFolds, MetricInterval Pooled);
