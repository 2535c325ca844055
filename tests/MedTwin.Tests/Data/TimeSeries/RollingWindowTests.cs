using MedTwin.Data.TimeSeries;
using static MedTwin.Tests.Data.TimeSeries.VitalTimes;

namespace MedTwin.Tests.Data.TimeSeries;

public sealed class RollingWindowTests
{
    // Irregular: 08:00 60, 08:02 90, 08:03 -, 08:07 30, 08:20 50.
    private static VitalSigns Irregular() => VitalSigns.FromObservations(
    [
        new("p1", At(0), "hr", 60), new("p1", At(2), "hr", 90), new("p1", At(3), "hr", null), new("p1", At(7), "hr", 30), new("p1", At(20), "hr", 50),
    ]);

    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    // Windows (t − 5 min, t]: 08:00 {60}; 08:02 {60, 90}; 08:03 {60, 90}; 08:07 {30} (08:02 is on the open left edge, 08:03 is missing); 08:20 {50}.
    [Theory]
    [InlineData(WindowStatistic.Mean, new[] { 60.0, 75.0, 75.0, 30.0, 50.0 })]
    [InlineData(WindowStatistic.Min, new[] { 60.0, 60.0, 60.0, 30.0, 50.0 })]
    [InlineData(WindowStatistic.Max, new[] { 60.0, 90.0, 90.0, 30.0, 50.0 })]
    public void A_trailing_time_window_over_irregular_points_gives_the_hand_computed_values(WindowStatistic statistic, double[] expected)
    {
        var series = Irregular().Rolling(FiveMinutes, statistic)["p1", "hr"];

        Assert.Equal([At(0), At(2), At(3), At(7), At(20)], series.Times);
        Assert.Equal(expected.Select(v => (double?)v), series.Values);
    }

    [Fact]
    public void A_wider_window_reaches_further_back()
    {
        var series = Irregular().Rolling(TimeSpan.FromMinutes(6), WindowStatistic.Mean)["p1", "hr"];

        // 08:07: (08:01, 08:07] holds 08:02 (90) and 08:07 (30).
        Assert.Equal([60.0, 75.0, 75.0, 60.0, 50.0], series.Values);
    }

    [Fact]
    public void The_window_excludes_its_left_edge()
    {
        var vitals = VitalSigns.FromArrays(["p1", "p1"], [At(0), At(5)], ["hr", "hr"], [10.0, 20.0]);

        Assert.Equal([10.0, 20.0], vitals.Rolling(FiveMinutes, WindowStatistic.Mean)["p1", "hr"].Values);
        Assert.Equal([10.0, 15.0], vitals.Rolling(FiveMinutes + TimeSpan.FromTicks(1), WindowStatistic.Mean)["p1", "hr"].Values);
    }

    [Fact]
    public void A_window_without_a_present_value_is_missing()
    {
        var vitals = VitalSigns.FromObservations([new("p1", At(0), "hr", 60), new("p1", At(10), "hr", null)]);

        Assert.Equal([60.0, null], vitals.Rolling(FiveMinutes, WindowStatistic.Max)["p1", "hr"].Values);
    }

    [Fact]
    public void Rolling_is_recorded_as_a_step()
    {
        Assert.Equal("rolling mean over 00:05:00", Irregular().Rolling(FiveMinutes, WindowStatistic.Mean).Steps[^1].Operation);
    }

    [Fact]
    public void A_non_positive_window_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Irregular().Rolling(TimeSpan.Zero, WindowStatistic.Mean));
    }
}
