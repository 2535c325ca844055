using System.Globalization;

namespace MedTwin.Data.TimeSeries;

/// <summary>
/// Carries the last present value forward into missing points no further than a declared maximum gap from the time it
/// was observed. Points further away stay missing: nothing is invented beyond the gap.
/// </summary>
internal static class GapLimitedForwardFill
{
    public static VitalSigns Fill(VitalSigns vitals, TimeSpan maxGap)
    {
        if (maxGap < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxGap), maxGap, "A maximum gap is zero or a positive duration.");
        }

        var result = new List<VitalSeries>(vitals.Series.Count);
        long filled = 0, left = 0;
        foreach (var series in vitals.Series)
        {
            var times = series.RawTimes;
            var values = (double[])series.RawValues.Clone();
            DateTime? observed = null;
            var carried = double.NaN;
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    observed = times[i];
                    carried = values[i];
                }
                else if (observed is { } from && times[i] - from <= maxGap)
                {
                    values[i] = carried;
                    filled++;
                }
                else
                {
                    left++;
                }
            }

            result.Add(new VitalSeries(series.Patient, series.Code, times, values));
        }

        var details = string.Create(CultureInfo.InvariantCulture, $"{filled} missing points filled; {left} left missing (no value within the gap)");
        return vitals.With(result, $"forward-fill up to {UtcText.Format(maxGap)}", details);
    }
}
