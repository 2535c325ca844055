using System.Globalization;

namespace MedTwin.Twins.Faults;

/// <summary>
/// Watches one sensor stream for flat lines, dropouts, impossible values and sudden jumps. Readings arrive in time
/// order; an impossible value is reported and not taken as the stream's latest value, so it cannot hide a later jump
/// or flat line. A flat line is reported at every reading while it stays flat, so a twin knows the fault persists. Deterministic: the same readings and checks give the same faults.
/// </summary>
public sealed class SensorFaultDetector
{
    private readonly SensorFaultOptions options;
    private DateTimeOffset? lastTime;
    private double lastValue;
    private int repeats;

    /// <summary>Creates a detector for a stream with the given expectations.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public SensorFaultDetector(SensorFaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Validated();
    }

    /// <summary>Takes one reading and returns the faults it reveals (none for a good reading).</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite, or the reading is older than the previous one.</exception>
    public IReadOnlyList<SensorFault> Observe(DateTimeOffset time, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"A reading must be a finite number; found {Text(value)} at {Text(time)}.", nameof(value));
        }

        if (time < lastTime)
        {
            throw new ArgumentException($"Readings must arrive in time order; {Text(time)} comes after {Text(lastTime.Value)}.", nameof(time));
        }

        var faults = new List<SensorFault>();
        if (value < options.PlausibleLow || value > options.PlausibleHigh)
        {
            faults.Add(new(SensorFaultKind.ImpossibleValue, time, $"{Text(value)} lies outside the plausible range {Text(options.PlausibleLow)} to {Text(options.PlausibleHigh)}"));
            return faults;
        }

        if (lastTime is { } previous)
        {
            faults.AddRange(Gap(previous, time));
            var minutes = (time - previous).TotalMinutes;
            var change = Math.Abs(value - lastValue);
            if (change > options.MaximumChangePerMinute * Math.Max(minutes, 1.0 / 60))
            {
                faults.Add(new(SensorFaultKind.SuddenJump, time, $"changed by {Text(change)} in {Text(minutes)} min; at most {Text(options.MaximumChangePerMinute)} per min is physiological"));
            }

            repeats = value == lastValue ? repeats + 1 : 1;
        }
        else
        {
            repeats = 1;
        }

        if (repeats >= options.FlatLineReadings)
        {
            faults.Add(new(SensorFaultKind.FlatLine, time, $"{repeats} identical readings of {Text(value)} in a row"));
        }

        lastTime = time;
        lastValue = value;
        return faults;
    }

    /// <summary>Checks for a dropout at <paramref name="now"/> (the run's clock), without a reading.</summary>
    public IReadOnlyList<SensorFault> Check(DateTimeOffset now) => lastTime is { } previous ? [.. Gap(previous, now)] : [];

    private IEnumerable<SensorFault> Gap(DateTimeOffset previous, DateTimeOffset now)
    {
        var limit = options.ExpectedInterval * options.DropoutIntervals;
        if (now - previous > limit)
        {
            yield return new(SensorFaultKind.Dropout, now, $"no reading for {Text((now - previous).TotalMinutes)} min; expected one every {Text(options.ExpectedInterval.TotalMinutes)} min");
        }
    }

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Text(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
