namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// One compartment across an ensemble of stochastic runs, per recorded day (persons): the mean, the median and the
/// 5th and 95th percentiles (linear interpolation between order statistics, as R's type 7 and NumPy's default).
/// </summary>
public sealed class EnsembleBand
{
    internal EnsembleBand(IReadOnlyList<StochasticSeirTrajectory> runs, Func<StochasticSeirTrajectory, IReadOnlyList<int>> compartment)
    {
        var days = runs[0].Days.Count;
        var mean = new double[days];
        var median = new double[days];
        var lower = new double[days];
        var upper = new double[days];
        var values = new double[runs.Count];
        for (var day = 0; day < days; day++)
        {
            for (var run = 0; run < runs.Count; run++)
            {
                values[run] = compartment(runs[run])[day];
            }

            Array.Sort(values);
            mean[day] = values.Average();
            median[day] = Percentile(values, 0.5);
            lower[day] = Percentile(values, 0.05);
            upper[day] = Percentile(values, 0.95);
        }

        (Mean, Median, Lower5, Upper95) = (mean, median, lower, upper);
    }

    /// <summary>Mean over runs at each day (persons).</summary>
    public IReadOnlyList<double> Mean { get; }

    /// <summary>Median over runs at each day (persons).</summary>
    public IReadOnlyList<double> Median { get; }

    /// <summary>5th percentile over runs at each day (persons).</summary>
    public IReadOnlyList<double> Lower5 { get; }

    /// <summary>95th percentile over runs at each day (persons).</summary>
    public IReadOnlyList<double> Upper95 { get; }

    private static double Percentile(double[] sorted, double fraction)
    {
        var position = fraction * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
