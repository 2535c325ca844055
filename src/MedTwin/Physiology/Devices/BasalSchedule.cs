namespace MedTwin.Physiology.Devices;

/// <summary>A daily basal schedule: segments that start at given minutes of the day and repeat every 1440 minutes.</summary>
public sealed class BasalSchedule
{
    private const double MinutesPerDay = 1440;

    /// <summary>A schedule from segments in increasing start order; the first must start at minute 0.</summary>
    public BasalSchedule(IReadOnlyList<BasalSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0 || segments[0].StartMinuteOfDay != 0)
        {
            throw new ArgumentException("A basal schedule needs segments, the first starting at minute 0 of the day.", nameof(segments));
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!double.IsFinite(segment.StartMinuteOfDay) || segment.StartMinuteOfDay < 0 || segment.StartMinuteOfDay >= MinutesPerDay)
            {
                throw new ArgumentException($"Segment {i} starts at minute {segment.StartMinuteOfDay}; starts must lie in [0, 1440).", nameof(segments));
            }

            if (i > 0 && segment.StartMinuteOfDay <= segments[i - 1].StartMinuteOfDay)
            {
                throw new ArgumentException($"Segment {i} starts at minute {segment.StartMinuteOfDay}, not after segment {i - 1} ({segments[i - 1].StartMinuteOfDay}); starts must be strictly increasing.", nameof(segments));
            }

            if (!double.IsFinite(segment.UnitsPerHour) || segment.UnitsPerHour < 0)
            {
                throw new ArgumentException($"Segment {i} has rate {segment.UnitsPerHour} U/h; rates must be zero or positive and finite.", nameof(segments));
            }
        }

        Segments = [.. segments];
    }

    /// <summary>The segments, in start order.</summary>
    public IReadOnlyList<BasalSegment> Segments { get; }

    /// <summary>A schedule with one rate all day.</summary>
    public static BasalSchedule Constant(double unitsPerHour) => new([new BasalSegment(0, unitsPerHour)]);

    /// <summary>The scheduled rate (U/h) at <paramref name="timeMinutes"/>, minute 0 being midnight of day 0.</summary>
    public double RateAt(double timeMinutes) => Segments[IndexAt(timeMinutes)].UnitsPerHour;

    /// <summary>The next time after <paramref name="timeMinutes"/> at which a segment starts.</summary>
    public double NextChangeAfter(double timeMinutes)
    {
        var index = IndexAt(timeMinutes);
        var dayStart = Math.Floor(timeMinutes / MinutesPerDay) * MinutesPerDay;
        return index + 1 < Segments.Count ? dayStart + Segments[index + 1].StartMinuteOfDay : dayStart + MinutesPerDay;
    }

    private int IndexAt(double timeMinutes)
    {
        Require.Finite(timeMinutes, nameof(timeMinutes));
        var minuteOfDay = timeMinutes - (Math.Floor(timeMinutes / MinutesPerDay) * MinutesPerDay);
        var index = 0;
        while (index + 1 < Segments.Count && Segments[index + 1].StartMinuteOfDay <= minuteOfDay)
        {
            index++;
        }

        return index;
    }
}
