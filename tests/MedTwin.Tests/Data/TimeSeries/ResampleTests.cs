using MedTwin.Data.TimeSeries;
using static MedTwin.Tests.Data.TimeSeries.VitalTimes;

namespace MedTwin.Tests.Data.TimeSeries;

public sealed class ResampleTests
{
    // Irregular heart rates: 08:01 60, 08:03:30 70, 08:04:59 80, 08:06 90, (nothing from 08:10 to 08:15), 08:16 100.
    private static VitalSigns HeartRate() => VitalSigns.FromArrays(
        ["p1", "p1", "p1", "p1", "p1"],
        [At(1), At(3, 30), At(4, 59), At(6), At(16)],
        ["hr", "hr", "hr", "hr", "hr"],
        [60.0, 70.0, 80.0, 90.0, 100.0]);

    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(GridAggregation.Mean, 70.0, 90.0)]
    [InlineData(GridAggregation.Last, 80.0, 90.0)]
    [InlineData(GridAggregation.Min, 60.0, 90.0)]
    [InlineData(GridAggregation.Max, 80.0, 90.0)]
    public void Irregular_values_are_aggregated_into_five_minute_cells_and_empty_cells_are_missing(GridAggregation aggregation, double first, double second)
    {
        var series = HeartRate().Resample(FiveMinutes, aggregation)["p1", "hr"];

        Assert.Equal([At(0), At(5), At(10), At(15)], series.Times);
        Assert.Equal([first, second, null, 100.0], series.Values);
    }

    [Fact]
    public void The_grid_falls_on_whole_multiples_of_the_interval_in_UTC()
    {
        var vitals = VitalSigns.FromArrays(["p1", "p1"], [At(7, 12), At(21, 59)], ["hr", "hr"], [1.0, 2.0]);

        var series = vitals.Resample(TimeSpan.FromMinutes(10), GridAggregation.Mean)["p1", "hr"];

        Assert.Equal([At(0), At(10), At(20)], series.Times);
        Assert.Equal([1.0, null, 2.0], series.Values);
        Assert.All(series.Times, t => Assert.Equal(DateTimeKind.Utc, t.Kind));
    }

    [Fact]
    public void A_patients_codes_share_one_grid_spanning_all_of_them()
    {
        var vitals = VitalSigns.FromObservations(
            [new("p1", At(2), "hr", 70), new("p1", At(12), "spo2", 97), new("p2", At(31), "hr", 50)]);

        var resampled = vitals.Resample(FiveMinutes, GridAggregation.Last);

        Assert.Equal([70.0, null, null], resampled["p1", "hr"].Values);
        Assert.Equal([null, null, 97.0], resampled["p1", "spo2"].Values);
        Assert.Equal([At(0), At(5), At(10)], resampled["p1", "spo2"].Times);
        Assert.Equal([At(30)], resampled["p2", "hr"].Times);
    }

    [Fact]
    public void A_missing_value_does_not_count_in_its_cell()
    {
        var vitals = VitalSigns.FromObservations([new("p1", At(0), "hr", 70), new("p1", At(1), "hr", null), new("p1", At(6), "hr", null)]);

        var series = vitals.Resample(FiveMinutes, GridAggregation.Mean)["p1", "hr"];

        Assert.Equal([70.0, null], series.Values);
    }

    [Fact]
    public void Resampling_is_recorded_with_its_counts()
    {
        var step = HeartRate().Resample(FiveMinutes, GridAggregation.Mean).Steps[^1];

        Assert.Equal(new VitalsStep(2, "resample every 00:05:00 by mean", "5 points into 4 grid points; 1 grid points have no value and are missing"), step);
    }

    [Fact]
    public void A_non_positive_interval_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HeartRate().Resample(TimeSpan.Zero, GridAggregation.Mean));
    }

    [Fact]
    public void A_grid_too_fine_for_the_time_span_is_refused_naming_the_patient()
    {
        var vitals = VitalSigns.FromArrays(["p1", "p1"], [At(0), At(0).AddYears(1)], ["hr", "hr"], [1.0, 2.0]);

        var error = Assert.Throws<ArgumentException>(() => vitals.Resample(TimeSpan.FromSeconds(1), GridAggregation.Mean));

        Assert.StartsWith("Patient 'p1': a grid of 00:00:01 from 2024-03-01T08:00:00Z to 2025-03-01T08:00:00Z would have 31536001 points", error.Message, StringComparison.Ordinal);
    }
}
