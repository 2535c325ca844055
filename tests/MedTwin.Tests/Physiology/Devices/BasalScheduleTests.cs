using MedTwin.Physiology.Devices;

namespace MedTwin.Tests.Physiology.Devices;

public sealed class BasalScheduleTests
{
    private static readonly BasalSchedule DawnAndDay = new([new BasalSegment(0, 0.8), new BasalSegment(240, 1.2), new BasalSegment(600, 0.9)]);

    [Fact]
    public void The_rate_follows_the_segment_of_the_minute_of_day_and_repeats_daily()
    {
        Assert.Equal(0.8, DawnAndDay.RateAt(0));
        Assert.Equal(1.2, DawnAndDay.RateAt(240));
        Assert.Equal(0.9, DawnAndDay.RateAt(1439));
        Assert.Equal(1.2, DawnAndDay.RateAt(1440 + 300));
    }

    [Fact]
    public void The_next_change_is_the_next_segment_start_or_midnight()
    {
        Assert.Equal(240, DawnAndDay.NextChangeAfter(0));
        Assert.Equal(1440, DawnAndDay.NextChangeAfter(700));
        Assert.Equal(1440 + 600, DawnAndDay.NextChangeAfter(1440 + 240));
    }

    [Fact]
    public void Schedules_that_do_not_start_at_midnight_are_unsorted_or_negative_are_rejected()
    {
        Assert.Contains("minute 0", Assert.Throws<ArgumentException>(() => new BasalSchedule([new BasalSegment(60, 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("strictly increasing", Assert.Throws<ArgumentException>(() => new BasalSchedule([new BasalSegment(0, 1), new BasalSegment(600, 1), new BasalSegment(300, 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("Segment 1 has rate -1", Assert.Throws<ArgumentException>(() => new BasalSchedule([new BasalSegment(0, 1), new BasalSegment(600, -1)])).Message, StringComparison.Ordinal);
        Assert.Contains("[0, 1440)", Assert.Throws<ArgumentException>(() => new BasalSchedule([new BasalSegment(0, 1), new BasalSegment(1440, 1)])).Message, StringComparison.Ordinal);
    }
}
