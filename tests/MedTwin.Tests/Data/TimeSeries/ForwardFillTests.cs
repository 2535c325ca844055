using MedTwin.Data.TimeSeries;
using static MedTwin.Tests.Data.TimeSeries.VitalTimes;

namespace MedTwin.Tests.Data.TimeSeries;

public sealed class ForwardFillTests
{
    // A 5-minute grid: 08:00 70, 08:05 -, 08:10 -, 08:15 -, 08:20 80, 08:25 -.
    private static VitalSigns Grid() => VitalSigns.FromObservations(
    [
        new("p1", At(0), "hr", 70), new("p1", At(5), "hr", null), new("p1", At(10), "hr", null),
        new("p1", At(15), "hr", null), new("p1", At(20), "hr", 80), new("p1", At(25), "hr", null),
    ]);

    [Fact]
    public void Missing_points_within_the_maximum_gap_take_the_last_value_and_those_beyond_stay_missing()
    {
        var filled = Grid().ForwardFill(TimeSpan.FromMinutes(10));

        Assert.Equal([70.0, 70.0, 70.0, null, 80.0, 80.0], filled["p1", "hr"].Values);
    }

    [Fact]
    public void The_gap_is_measured_from_the_observed_value_not_from_filled_ones()
    {
        var filled = Grid().ForwardFill(TimeSpan.FromMinutes(5)).ForwardFill(TimeSpan.FromMinutes(5));

        // The second fill carries 08:05's filled 70 to 08:10: each fill is recorded, and the gap each time is 5 minutes.
        Assert.Equal([70.0, 70.0, 70.0, null, 80.0, 80.0], filled["p1", "hr"].Values);
        Assert.Equal([70.0, 70.0, null, null, 80.0, 80.0], Grid().ForwardFill(TimeSpan.FromMinutes(5))["p1", "hr"].Values);
    }

    [Fact]
    public void A_gap_longer_than_the_maximum_is_never_bridged_by_an_invented_value()
    {
        var filled = Grid().ForwardFill(TimeSpan.FromMinutes(4));

        Assert.Equal([70.0, null, null, null, 80.0, null], filled["p1", "hr"].Values);
    }

    [Fact]
    public void Missing_points_before_the_first_value_stay_missing()
    {
        var vitals = VitalSigns.FromObservations([new("p1", At(0), "hr", null), new("p1", At(5), "hr", 72)]);

        Assert.Equal([null, 72.0], vitals.ForwardFill(TimeSpan.FromHours(1))["p1", "hr"].Values);
    }

    [Fact]
    public void Resampling_then_filling_leaves_a_long_gap_missing()
    {
        var vitals = VitalSigns.FromArrays(["p1", "p1", "p1"], [At(1), At(2), At(31)], ["hr", "hr", "hr"], [60.0, 62.0, 90.0]);

        var series = vitals.Resample(TimeSpan.FromMinutes(5), GridAggregation.Mean).ForwardFill(TimeSpan.FromMinutes(10))["p1", "hr"];

        Assert.Equal([61.0, 61.0, 61.0, null, null, null, 90.0], series.Values);
    }

    [Fact]
    public void Filling_is_recorded_with_what_it_filled_and_left()
    {
        var step = Grid().ForwardFill(TimeSpan.FromMinutes(10)).Steps[^1];

        Assert.Equal(new VitalsStep(2, "forward-fill up to 00:10:00", "3 missing points filled; 1 left missing (no value within the gap)"), step);
    }

    [Fact]
    public void Filling_does_not_change_the_input()
    {
        var grid = Grid();

        grid.ForwardFill(TimeSpan.FromMinutes(10));

        Assert.Equal(4, grid["p1", "hr"].Missing);
    }

    [Fact]
    public void A_negative_gap_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Grid().ForwardFill(TimeSpan.FromMinutes(-1)));
    }
}
