using Deedle;

namespace MedTwin.Data.TimeSeries;

/// <summary>
/// The values of one code for one patient, ordered by time (UTC, no two at the same time). Missing values are kept as
/// missing, never dropped: <see cref="Series"/> shows them as Deedle's missing values.
/// </summary>
public sealed class VitalSeries
{
    private readonly DateTime[] times;
    private readonly double[] values;
    private Series<DateTime, double>? series;

    // values use NaN for missing: the inputs were checked to be finite, and Deedle reads NaN as missing.
    internal VitalSeries(string patient, string code, DateTime[] times, double[] values)
    {
        Patient = patient;
        Code = code;
        this.times = times;
        this.values = values;
        Present = values.Count(double.IsFinite);
    }

    /// <summary>The patient.</summary>
    public string Patient { get; }

    /// <summary>The code (what was measured).</summary>
    public string Code { get; }

    /// <summary>The number of time points, missing ones included.</summary>
    public int Count => times.Length;

    /// <summary>The number of time points with a value.</summary>
    public int Present { get; }

    /// <summary>The number of time points without a value.</summary>
    public int Missing => Count - Present;

    /// <summary>The time points in increasing order, all UTC.</summary>
    public IReadOnlyList<DateTime> Times => times;

    /// <summary>The values at <see cref="Times"/>; <see langword="null"/> where missing.</summary>
    public IReadOnlyList<double?> Values => [.. values.Select(v => double.IsNaN(v) ? (double?)null : v)];

    /// <summary>The series as a Deedle series keyed by UTC time, missing values as Deedle's missing values.</summary>
    public Series<DateTime, double> Series => series ??= new Series<DateTime, double>(times, values);

    internal DateTime[] RawTimes => times;

    internal double[] RawValues => values;

    /// <inheritdoc />
    public override string ToString() => $"{Patient} {Code}: {Count} points, {Missing} missing";
}
