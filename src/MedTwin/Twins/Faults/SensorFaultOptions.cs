namespace MedTwin.Twins.Faults;

/// <summary>What one sensor stream is expected to do; a reading or a silence outside it is a fault.</summary>
public sealed record SensorFaultOptions
{
    /// <summary>How often the sensor reports.</summary>
    public required TimeSpan ExpectedInterval { get; init; }

    /// <summary>A silence longer than this many expected intervals is a dropout.</summary>
    public double DropoutIntervals { get; init; } = 3;

    /// <summary>This many identical readings in a row are a flat line.</summary>
    public int FlatLineReadings { get; init; } = 12;

    /// <summary>The lowest value a living patient can show, in the stream's unit.</summary>
    public required double PlausibleLow { get; init; }

    /// <summary>The highest value a living patient can show, in the stream's unit.</summary>
    public required double PlausibleHigh { get; init; }

    /// <summary>The fastest physiological change, in the stream's unit per minute; a faster one is a sudden jump.</summary>
    public required double MaximumChangePerMinute { get; init; }

    internal SensorFaultOptions Validated()
    {
        if (ExpectedInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ExpectedInterval), ExpectedInterval, "The expected interval must be positive.");
        }

        if (!(DropoutIntervals >= 1) || double.IsInfinity(DropoutIntervals))
        {
            throw new ArgumentOutOfRangeException(nameof(DropoutIntervals), DropoutIntervals, "A dropout must be at least one expected interval long (a finite number).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(FlatLineReadings, 2, nameof(FlatLineReadings));
        if (!double.IsFinite(PlausibleLow) || !double.IsFinite(PlausibleHigh) || PlausibleLow >= PlausibleHigh)
        {
            throw new ArgumentOutOfRangeException(nameof(PlausibleHigh), PlausibleHigh, $"The plausible range must be finite with low below high; found {PlausibleLow} to {PlausibleHigh}.");
        }

        if (!(MaximumChangePerMinute > 0) || double.IsInfinity(MaximumChangePerMinute))
        {
            throw new ArgumentOutOfRangeException(nameof(MaximumChangePerMinute), MaximumChangePerMinute, "The maximum change per minute must be a positive finite number.");
        }

        return this;
    }
}
