using System.Globalization;

namespace MedTwin.Physiology.Glucose;

/// <summary>
/// Plasma insulin over time as measured (µU/mL at min), joined linearly between samples and held constant before the
/// first and after the last: the forcing input of <see cref="BergmanMinimalModel"/>.
/// </summary>
public sealed class InsulinProfile
{
    private readonly double[] times;
    private readonly double[] values;

    /// <summary>A profile through the samples (<paramref name="sampleTimes"/>[i], <paramref name="concentrations"/>[i]).</summary>
    /// <exception cref="ArgumentException">The lists differ in length, are empty, a time does not increase strictly, or a value is negative or not finite.</exception>
    public InsulinProfile(IReadOnlyList<double> sampleTimes, IReadOnlyList<double> concentrations)
    {
        ArgumentNullException.ThrowIfNull(sampleTimes);
        ArgumentNullException.ThrowIfNull(concentrations);
        if (sampleTimes.Count == 0 || sampleTimes.Count != concentrations.Count)
        {
            throw new ArgumentException(Text($"An insulin profile needs as many concentrations as times, at least one; found {sampleTimes.Count} times and {concentrations.Count} concentrations."), nameof(concentrations));
        }

        for (var i = 0; i < sampleTimes.Count; i++)
        {
            if (!double.IsFinite(sampleTimes[i]) || (i > 0 && !(sampleTimes[i] > sampleTimes[i - 1])))
            {
                throw new ArgumentException(Text($"Insulin sample times must be finite and strictly increasing; time[{i}] is {sampleTimes[i]}."), nameof(sampleTimes));
            }

            GlucoseInputCheck.NonNegative(concentrations[i], nameof(concentrations), Text($"Insulin concentration[{i}] (µU/mL)"));
        }

        times = [.. sampleTimes];
        values = [.. concentrations];
    }

    /// <summary>The sample times (min), where the profile's slope may change.</summary>
    public IReadOnlyList<double> SampleTimes => times;

    /// <summary>Insulin (µU/mL) at <paramref name="time"/> min.</summary>
    public double At(double time)
    {
        if (time <= times[0])
        {
            return values[0];
        }

        if (time >= times[^1])
        {
            return values[^1];
        }

        var index = Array.BinarySearch(times, time);
        if (index >= 0)
        {
            return values[index];
        }

        var right = ~index;
        var fraction = (time - times[right - 1]) / (times[right] - times[right - 1]);
        return values[right - 1] + (fraction * (values[right] - values[right - 1]));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
