using MedTwin.Twins.Alerts;

namespace MedTwin.Tests.Twins.Alerts;

public sealed class AlertLatchTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly AlertLatch latch = new("bed-1", AlertKind.News2, "news2", new AlertSettling(3, TimeSpan.FromMinutes(10)));

    private TwinAlert? At(double minutes, AlertSeverity level) => latch.Assess(Start.AddMinutes(minutes), level, $"level {level}", []);

    [Fact]
    public void A_lower_level_settles_to_the_highest_level_seen_while_settling()
    {
        At(0, AlertSeverity.High);

        var settling = new[] { At(1, AlertSeverity.Low), At(5, AlertSeverity.Medium), At(8, AlertSeverity.Low) };
        var settled = At(11, AlertSeverity.Low);

        Assert.All(settling, Assert.Null);
        Assert.Equal((AlertTransition.DeEscalated, AlertSeverity.Medium, Start.AddMinutes(11)), (settled!.Transition, settled.Severity, settled.Time));
        Assert.Equal(AlertSeverity.Medium, latch.Severity);
    }

    [Fact]
    public void A_return_to_the_alerts_level_restarts_the_settling()
    {
        At(0, AlertSeverity.Medium);
        At(1, AlertSeverity.None);
        At(6, AlertSeverity.None);
        Assert.Null(At(7, AlertSeverity.Medium));

        Assert.Null(At(12, AlertSeverity.None));
        Assert.Null(At(15, AlertSeverity.None));
        Assert.Null(At(20, AlertSeverity.None));
        Assert.Equal(AlertTransition.Cleared, At(22, AlertSeverity.None)!.Transition);
        Assert.Null(latch.Active);
    }

    [Fact]
    public void Enough_assessments_in_too_short_a_time_do_not_settle_and_enough_time_with_too_few_does_not_either()
    {
        At(0, AlertSeverity.Medium);
        Assert.Null(At(1, AlertSeverity.None));
        Assert.Null(At(2, AlertSeverity.None));
        Assert.Null(At(3, AlertSeverity.None));

        var slow = new AlertLatch("bed-1", AlertKind.News2, "news2", new AlertSettling(3, TimeSpan.FromMinutes(10)));
        slow.Assess(Start, AlertSeverity.Medium, "raised", []);
        Assert.Null(slow.Assess(Start.AddMinutes(30), AlertSeverity.None, "calm", []));
        Assert.Null(slow.Assess(Start.AddMinutes(60), AlertSeverity.None, "calm", []));
        Assert.NotNull(slow.Assess(Start.AddMinutes(90), AlertSeverity.None, "calm", []));
    }

    [Fact]
    public void A_suppression_is_said_once_per_episode_and_keeps_the_severity()
    {
        At(0, AlertSeverity.Medium);

        var first = latch.Suppress(Start.AddMinutes(1), "sensor failed", []);
        var again = latch.Suppress(Start.AddMinutes(2), "sensor failed", []);
        At(3, AlertSeverity.Medium);
        var next = latch.Suppress(Start.AddMinutes(4), "sensor failed again", []);

        Assert.Equal((AlertTransition.Suppressed, AlertSeverity.Medium), (first!.Transition, first.Severity));
        Assert.Null(again);
        Assert.NotNull(next);
        Assert.Equal(AlertSeverity.Medium, latch.Severity);
    }

    [Fact]
    public void Invalid_arguments_are_refused_naming_them()
    {
        Assert.Equal("Assessments", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertLatch("p", AlertKind.News2, "s", new AlertSettling(0, TimeSpan.Zero))).ParamName);
        Assert.Equal("Time", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertLatch("p", AlertKind.News2, "s", new AlertSettling(1, TimeSpan.FromMinutes(-1)))).ParamName);
        Assert.Throws<ArgumentException>(() => new AlertLatch("", AlertKind.News2, "s", AlertSettling.Default));
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => At(0, (AlertSeverity)42)).ParamName);
    }
}
