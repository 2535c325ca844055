using MedTwin.Learning.Metrics;

namespace MedTwin.Learning.Explanations;

/// <summary>
/// Permutation feature importance for any model, as scikit-learn's <c>permutation_importance</c>: each feature's column is
/// shuffled R times (seeded) and the drop of the metric from its value on the intact data is recorded — baseline minus
/// permuted for a score, permuted minus baseline for a loss, so a larger drop always means a more important feature.
/// Which rows the shuffles swap is MedTwin's own seeded stream, not NumPy's.
/// </summary>
public static class PermutationImportance
{
    /// <summary>Computes every feature's importance, in the data's feature order.</summary>
    /// <exception cref="LearningException">Repeats &lt; 1, a metric that is neither score nor loss, a schema mismatch, or an undefined baseline.</exception>
    public static IReadOnlyList<FeatureImportance> Compute(ITrainedModel model, LearningData data, Metric metric, int repeats, int seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(metric);
        const string Operation = "permutation importance";
        if (repeats < 1)
        {
            throw new LearningException(Operation, $"the number of repeats must be at least 1; found {repeats}");
        }

        var higherIsBetter = metric.HigherIsBetter
            ?? throw new LearningException(Operation, $"the metric '{metric.Name}' is neither a score nor a loss, so a drop has no direction");
        var baseline = metric.Compute(data.Labels, model.Predict(data));
        if (double.IsNaN(baseline))
        {
            throw new LearningException(Operation, $"the metric '{metric.Name}' is undefined on these rows");
        }

        var random = new Random(seed);
        var importances = new List<FeatureImportance>();
        for (var feature = 0; feature < data.FeatureCount; feature++)
        {
            var column = Enumerable.Range(0, data.RowCount).Select(i => data[i, feature]).ToArray();
            var drops = new double[repeats];
            for (var r = 0; r < repeats; r++)
            {
                random.Shuffle(column);
                var permuted = metric.Compute(data.Labels, model.Predict(data.WithFeature(feature, column)));
                drops[r] = higherIsBetter ? baseline - permuted : permuted - baseline;
            }

            var mean = drops.Average();
            importances.Add(new FeatureImportance(data.FeatureNames[feature], mean, Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / repeats), drops));
        }

        return importances;
    }
}
