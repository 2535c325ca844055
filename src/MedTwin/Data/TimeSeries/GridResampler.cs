using System.Globalization;

namespace MedTwin.Data.TimeSeries;

/// <summary>
/// Resamples every series onto a fixed grid. Grid points are whole multiples of the interval counted from
/// 0001-01-01T00:00Z (so a 5-minute grid falls on :00, :05, …); the cell of grid point t holds the values in [t, t + interval).
/// All of a patient's codes share one grid, from the cell of the patient's first value to that of the last.
/// A cell without a present value is missing.
/// </summary>
internal static class GridResampler
{
    public const long MaxGridPoints = 10_000_000;

    public static VitalSigns Resample(VitalSigns vitals, TimeSpan interval, GridAggregation aggregation)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "A resampling interval is a positive duration, e.g. 5 minutes.");
        }

        if (!Enum.IsDefined(aggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "Not a declared aggregation.");
        }

        var step = interval.Ticks;
        var result = new List<VitalSeries>(vitals.Series.Count);
        long points = 0, empty = 0;
        foreach (var patient in vitals.Series.GroupBy(s => s.Patient, StringComparer.Ordinal))
        {
            var first = patient.Min(s => s.RawTimes[0].Ticks);
            var last = patient.Max(s => s.RawTimes[^1].Ticks);
            var start = first - (first % step);
            var count = ((last - (last % step) - start) / step) + 1;
            if (count > MaxGridPoints)
            {
                throw new ArgumentException(
                    $"Patient '{patient.Key}': a grid of {UtcText.Format(interval)} from {UtcText.Format(new DateTime(first, DateTimeKind.Utc))} to {UtcText.Format(new DateTime(last, DateTimeKind.Utc))} would have {count} points, more than {MaxGridPoints}; choose a coarser interval.",
                    nameof(interval));
            }

            var grid = new DateTime[count];
            for (var i = 0; i < grid.Length; i++)
            {
                grid[i] = new DateTime(start + (i * step), DateTimeKind.Utc);
            }

            foreach (var series in patient)
            {
                var values = Aggregate(series, start, step, grid.Length, aggregation);
                points += values.Length;
                empty += values.Count(double.IsNaN);
                result.Add(new VitalSeries(series.Patient, series.Code, grid, values));
            }
        }

        var details = string.Create(
            CultureInfo.InvariantCulture,
            $"{vitals.Series.Sum(s => s.Count)} points into {points} grid points; {empty} grid points have no value and are missing");
        return vitals.With(result, $"resample every {UtcText.Format(interval)} by {aggregation.ToString().ToLowerInvariant()}", details);
    }

    private static double[] Aggregate(VitalSeries series, long start, long step, int cells, GridAggregation aggregation)
    {
        var result = new double[cells];
        Array.Fill(result, double.NaN);
        var counts = aggregation == GridAggregation.Mean ? new int[cells] : null;
        var times = series.RawTimes;
        var values = series.RawValues;
        for (var i = 0; i < times.Length; i++)
        {
            var value = values[i];
            if (double.IsNaN(value))
            {
                continue;
            }

            var cell = (int)((times[i].Ticks - start) / step);
            var current = result[cell];
            var empty = double.IsNaN(current);
            switch (aggregation)
            {
                case GridAggregation.Mean:
                    result[cell] = empty ? value : current + value;
                    counts![cell]++;
                    break;
                case GridAggregation.Last:
                    result[cell] = value;
                    break;
                case GridAggregation.Min:
                    result[cell] = empty || value < current ? value : current;
                    break;
                default:
                    result[cell] = empty || value > current ? value : current;
                    break;
            }
        }

        if (counts is not null)
        {
            for (var cell = 0; cell < cells; cell++)
            {
                if (counts[cell] > 1)
                {
                    result[cell] /= counts[cell];
                }
            }
        }

        return result;
    }
}
