namespace MedTwin.Twins.Replay;

/// <summary>How a recording is replayed through twins.</summary>
public sealed record ReplayOptions
{
    /// <summary>The virtual clock checks every twin for dropouts at each multiple of this interval.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How many groups of patients replay at once; the result does not depend on it.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>The most observations appended to the event log in one write.</summary>
    public int BatchSize { get; init; } = 512;

    internal ReplayOptions Validated()
    {
        if (TickInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TickInterval), TickInterval, "The tick interval must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1, nameof(Parallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        return this;
    }
}
