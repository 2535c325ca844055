namespace MedTwin.Reproducibility;

/// <summary>
/// The run's clock: it starts at a declared instant and moves only when the run moves it, so nothing that reads it
/// depends on when or how fast the study runs. Everything in the library that needs "now" reads this clock.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    /// <summary>The instant a run's clock starts at unless the study declares another.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private DateTimeOffset now;

    /// <summary>Creates a clock standing at <paramref name="start"/> (converted to UTC).</summary>
    public VirtualClock(DateTimeOffset start) => now = start.ToUniversalTime();

    /// <summary>The run's time zone is always UTC.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Moves the clock forward.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The step is negative: the clock never runs backwards.</exception>
    public void Advance(TimeSpan step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, TimeSpan.Zero);
        now += step;
    }

    /// <summary>Moves the clock forward to <paramref name="instant"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is before the clock's time.</exception>
    public void AdvanceTo(DateTimeOffset instant)
    {
        if (instant < now)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The clock stands at {now:O} and never runs backwards.");
        }

        now = instant.ToUniversalTime();
    }
}
