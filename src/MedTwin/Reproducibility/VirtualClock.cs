using System.Globalization;
using System.Text.RegularExpressions;

namespace MedTwin.Reproducibility;

/// <summary>
/// The run's clock: it starts at a declared instant and moves only when the run moves it, so nothing that reads it
/// depends on when or how fast the study runs. Everything in the library that needs "now" reads this clock.
/// </summary>
public sealed partial class VirtualClock : TimeProvider
{
    /// <summary>The instant a run's clock starts at unless the study declares another.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private DateTimeOffset now;

    /// <summary>
    /// Reads a clock start as studies state it: an ISO 8601 instant with a UTC offset (e.g. "2000-01-01T00:00:00Z"), whose
    /// UTC time is between years 0001 and 9999.
    /// </summary>
    public static bool TryParseStart(string? text, out DateTimeOffset start)
    {
        start = default;
        return text is not null && IsoInstant().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out start);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoInstant();

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
