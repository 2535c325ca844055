namespace MedTwin.Physiology.GlucoseOutcomes;

/// <summary>
/// Computes <see cref="GlucoseOutcomeSummary"/> from a glucose trace. Every reading weighs the same whatever the gap to
/// its neighbours, as the consensus computes CGM metrics (Battelino et al. 2019); the times are checked (finite,
/// strictly increasing) and give the duration, but do not weight the readings. A trace with gaps therefore reports the
/// share of readings, not of clock time; resample it first if clock time is wanted.
/// </summary>
public static class GlucoseOutcomeAnalysis
{
    /// <summary>The outcome metrics of the trace (times in minutes, glucose in mg/dL; at least two readings).</summary>
    /// <exception cref="ArgumentException">The lists are empty, differ in length, hold fewer than two readings, times that
    /// are not finite and strictly increasing, or glucose that is not positive and finite.</exception>
    public static GlucoseOutcomeSummary Summarise(IReadOnlyList<double> timesMinutes, IReadOnlyList<double> glucoseMgPerDl)
    {
        Validate(timesMinutes, glucoseMgPerDl);
        var count = glucoseMgPerDl.Count;
        double inRange = 0, below70 = 0, below54 = 0, above180 = 0, above250 = 0, sum = 0, lowRisk = 0, highRisk = 0;
        foreach (var glucose in glucoseMgPerDl)
        {
            inRange += glucose is >= 70 and <= 180 ? 1 : 0;
            below70 += glucose < 70 ? 1 : 0;
            below54 += glucose < 54 ? 1 : 0;
            above180 += glucose > 180 ? 1 : 0;
            above250 += glucose > 250 ? 1 : 0;
            sum += glucose;
            lowRisk += KovatchevRisk.LowRisk(glucose);
            highRisk += KovatchevRisk.HighRisk(glucose);
        }

        var mean = sum / count;
        var squares = 0.0;
        foreach (var glucose in glucoseMgPerDl)
        {
            squares += (glucose - mean) * (glucose - mean);
        }

        var standardDeviation = Math.Sqrt(squares / (count - 1));
        return new GlucoseOutcomeSummary(
            count,
            timesMinutes[count - 1] - timesMinutes[0],
            100 * inRange / count,
            100 * below70 / count,
            100 * below54 / count,
            100 * above180 / count,
            100 * above250 / count,
            mean,
            standardDeviation,
            100 * standardDeviation / mean,
            3.31 + (0.02392 * mean),
            lowRisk / count,
            highRisk / count);
    }

    private static void Validate(IReadOnlyList<double> timesMinutes, IReadOnlyList<double> glucoseMgPerDl)
    {
        ArgumentNullException.ThrowIfNull(timesMinutes);
        ArgumentNullException.ThrowIfNull(glucoseMgPerDl);
        if (timesMinutes.Count != glucoseMgPerDl.Count)
        {
            throw new ArgumentException($"The trace has {timesMinutes.Count} times but {glucoseMgPerDl.Count} glucose values; they must pair up.", nameof(glucoseMgPerDl));
        }

        if (glucoseMgPerDl.Count < 2)
        {
            throw new ArgumentException($"The trace has {glucoseMgPerDl.Count} readings; at least 2 are needed (the SD divides by n - 1).", nameof(glucoseMgPerDl));
        }

        for (var i = 0; i < timesMinutes.Count; i++)
        {
            if (!double.IsFinite(timesMinutes[i]))
            {
                throw new ArgumentException($"Time {i} is {timesMinutes[i]}; times must be finite (minutes).", nameof(timesMinutes));
            }

            if (i > 0 && timesMinutes[i] <= timesMinutes[i - 1])
            {
                throw new ArgumentException($"Time {i} ({timesMinutes[i]} min) does not follow time {i - 1} ({timesMinutes[i - 1]} min); times must be strictly increasing.", nameof(timesMinutes));
            }

            if (!double.IsFinite(glucoseMgPerDl[i]) || glucoseMgPerDl[i] <= 0)
            {
                throw new ArgumentException($"Glucose {i} (at {timesMinutes[i]} min) is {glucoseMgPerDl[i]}; glucose must be positive and finite (mg/dL).", nameof(glucoseMgPerDl));
            }
        }
    }
}
