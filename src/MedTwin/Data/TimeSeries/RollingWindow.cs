using System.Globalization;

namespace MedTwin.Data.TimeSeries;

/// <summary>
/// A trailing time window: the value at time t is the statistic of the present values in (t − window, t]; it is missing
/// when there is none. The result has the same time points as the input.
/// </summary>
internal static class RollingWindow
{
    public static VitalSigns Apply(VitalSigns vitals, TimeSpan window, WindowStatistic statistic)
    {
        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "A rolling window is a positive duration.");
        }

        if (!Enum.IsDefined(statistic))
        {
            throw new ArgumentOutOfRangeException(nameof(statistic), statistic, "Not a declared window statistic.");
        }

        var result = vitals.Series.Select(s => new VitalSeries(s.Patient, s.Code, s.RawTimes, Roll(s.RawTimes, s.RawValues, window, statistic))).ToList();
        var missing = result.Sum(s => s.Missing);
        var details = string.Create(CultureInfo.InvariantCulture, $"{result.Sum(s => s.Count)} points; {missing} missing (no present value in their window)");
        return vitals.With(result, $"rolling {statistic.ToString().ToLowerInvariant()} over {UtcText.Format(window)}", details);
    }

    private static double[] Roll(DateTime[] times, double[] values, TimeSpan window, WindowStatistic statistic)
    {
        var result = new double[times.Length];
        var first = 0;
        for (var i = 0; i < times.Length; i++)
        {
            while (times[i] - times[first] >= window)
            {
                first++;
            }

            result[i] = Statistic(values, first, i, statistic);
        }

        return result;
    }

    // Summed in time order, so the result is the same on every run.
    private static double Statistic(double[] values, int first, int last, WindowStatistic statistic)
    {
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        var count = 0;
        for (var i = first; i <= last; i++)
        {
            var value = values[i];
            if (double.IsNaN(value))
            {
                continue;
            }

            sum += value;
            min = Math.Min(min, value);
            max = Math.Max(max, value);
            count++;
        }

        return count == 0 ? double.NaN : statistic switch
        {
            WindowStatistic.Mean => sum / count,
            WindowStatistic.Min => min,
            _ => max,
        };
    }
}
