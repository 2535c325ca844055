using MedTwin.Reproducibility;

namespace MedTwin.Tests.Reproducibility;

public sealed class VirtualClockTests
{
    [Fact]
    public void The_clock_stands_still_at_its_start_until_moved()
    {
        var clock = new VirtualClock(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 6, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Equal(clock.GetUtcNow(), clock.GetUtcNow());
        Assert.Equal(TimeZoneInfo.Utc, clock.LocalTimeZone);
    }

    [Fact]
    public void Advancing_moves_the_clock_by_exactly_the_step()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);

        clock.Advance(TimeSpan.FromMinutes(5));
        clock.AdvanceTo(VirtualClock.DefaultStart.AddHours(1));

        Assert.Equal(VirtualClock.DefaultStart.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public void The_clock_never_runs_backwards()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromTicks(-1)));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(VirtualClock.DefaultStart.AddSeconds(-1)));
        Assert.Contains("never runs backwards", error.Message, StringComparison.Ordinal);
        Assert.Equal(VirtualClock.DefaultStart, clock.GetUtcNow());
    }
}
