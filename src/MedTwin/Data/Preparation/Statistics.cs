namespace MedTwin.Data.Preparation;

/// <summary>Descriptive statistics over observed values, summed in row order so results are exactly repeatable.</summary>
internal static class Statistics
{
    public static double Mean(IReadOnlyList<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Count;
    }

    /// <summary>The sample standard deviation (denominator n − 1), as R's <c>sd</c> computes it.</summary>
    public static double StandardDeviation(IReadOnlyList<double> values, double mean)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += (value - mean) * (value - mean);
        }

        return Math.Sqrt(sum / (values.Count - 1));
    }

    public static double Median(IReadOnlyList<double> values) => Quantile(Sorted(values), 0.5);

    /// <summary>
    /// The p-quantile of sorted values by linear interpolation between order statistics: R's default (type 7), NumPy's
    /// default ('linear'). The median of an even count is the mean of the two middle values.
    /// </summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }

    public static double[] Sorted(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    public static List<double> Observed(IEnumerable<double?> values) => [.. values.Where(v => v is not null).Select(v => v!.Value)];
}
