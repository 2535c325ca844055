namespace MedTwin.Learning.Metrics;

/// <summary>
/// Seeded percentile bootstrap confidence intervals: rows are drawn with replacement B times, every metric computed on
/// the same resamples, and the interval is the (1 − level)/2 and (1 + level)/2 quantiles (linear interpolation, R's type 7)
/// of the resample values. A resample where a metric is undefined is counted in <see cref="MetricInterval.UndefinedResamples"/>.
/// </summary>
public static class Bootstrap
{
    /// <summary>One metric's interval.</summary>
    /// <exception cref="LearningException">Invalid options or inputs (see <see cref="Metric.Compute"/>).</exception>
    public static MetricInterval Interval(IReadOnlyList<double> labels, IReadOnlyList<double> predictions, Metric metric, BootstrapOptions options) =>
        Intervals(labels, predictions, [metric], options)[0];

    /// <summary>Each metric's interval, all from the same resamples.</summary>
    /// <exception cref="LearningException">Invalid options or inputs (see <see cref="Metric.Compute"/>).</exception>
    public static IReadOnlyList<MetricInterval> Intervals(
        IReadOnlyList<double> labels, IReadOnlyList<double> predictions, IReadOnlyList<Metric> metrics, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var groups = Enumerable.Range(0, labels.Count).Select(i => new[] { i }).ToArray();
        return Intervals(labels, predictions, metrics, options, groups);
    }

    /// <summary>Resamples whole groups of observations (e.g. all repeated-CV predictions of one row) rather than single ones.</summary>
    internal static IReadOnlyList<MetricInterval> Intervals(
        IReadOnlyList<double> labels, IReadOnlyList<double> predictions, IReadOnlyList<Metric> metrics, BootstrapOptions options, int[][] groups)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var estimates = metrics.Select(m => m.Compute(labels, predictions)).ToArray();
        var strata = options.Stratified
            ? groups.GroupBy(g => labels[g[0]]).OrderBy(s => s.Key).Select(s => s.ToArray()).ToArray()
            : [groups];
        var values = metrics.Select(_ => new List<double>(options.Resamples)).ToArray();
        var undefined = new int[metrics.Count];
        var random = new Random(options.Seed);
        var sampleLabels = new List<double>(labels.Count);
        var samplePredictions = new List<double>(labels.Count);
        for (var b = 0; b < options.Resamples; b++)
        {
            sampleLabels.Clear();
            samplePredictions.Clear();
            foreach (var stratum in strata)
            {
                for (var draw = 0; draw < stratum.Length; draw++)
                {
                    foreach (var row in stratum[random.Next(stratum.Length)])
                    {
                        sampleLabels.Add(labels[row]);
                        samplePredictions.Add(predictions[row]);
                    }
                }
            }

            for (var m = 0; m < metrics.Count; m++)
            {
                var value = metrics[m].Compute(sampleLabels, samplePredictions);
                if (double.IsNaN(value))
                {
                    undefined[m]++;
                }
                else
                {
                    values[m].Add(value);
                }
            }
        }

        var tail = (1 - options.Level) / 2;
        return [.. metrics.Select((metric, m) => new MetricInterval(
            metric.Name, estimates[m], Quantile(values[m], tail), Quantile(values[m], 1 - tail), options.Level, options.Resamples, undefined[m]))];
    }

    internal static double Quantile(List<double> values, double probability)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var position = probability * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
