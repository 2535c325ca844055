using MedTwin.Data.Preparation;

namespace MedTwin.Learning.Validation;

/// <summary>One fold's fit and score.</summary>
/// <param name="Fold">The rows.</param>
/// <param name="Seed">The training seed derived for this fold.</param>
/// <param name="Model">The model fitted on the fold's training rows.</param>
/// <param name="Recipe">The recipe as fitted on the fold's training rows (what it learnt), or null.</param>
/// <param name="Metrics">Each metric on the fold's held-out rows, in the order requested.</param>
public sealed record FoldResult(Fold Fold, int Seed, ITrainedModel Model, FittedRecipe? Recipe, IReadOnlyList<MetricValue> Metrics)
{
    /// <summary>The value of the named metric.</summary>
    /// <exception cref="KeyNotFoundException">The metric was not computed.</exception>
    public double this[string metric] =>
        Metrics.FirstOrDefault(m => m.Metric == metric)?.Value ?? throw new KeyNotFoundException($"The metric '{metric}' was not computed; computed: {string.Join(", ", Metrics.Select(m => m.Metric))}.");
}
