using MedTwin.Twins.Faults;

namespace MedTwin.Tests.Twins.Faults;

public sealed class SensorFaultDetectorTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    // A heart-rate stream read every minute.
    private static readonly SensorFaultOptions HeartRate = new()
    {
        ExpectedInterval = TimeSpan.FromMinutes(1),
        DropoutIntervals = 3,
        FlatLineReadings = 5,
        PlausibleLow = 20,
        PlausibleHigh = 300,
        MaximumChangePerMinute = 40,
    };

    private static DateTimeOffset Minute(double minutes) => Start.AddMinutes(minutes);

    [Fact]
    public void A_varying_stream_in_range_raises_no_fault()
    {
        var detector = new SensorFaultDetector(HeartRate);

        var faults = Enumerable.Range(0, 30).SelectMany(i => detector.Observe(Minute(i), 70 + (i % 4))).ToList();

        Assert.Empty(faults);
    }

    [Fact]
    public void Identical_readings_become_a_flat_line_from_the_declared_count_until_the_value_changes()
    {
        var detector = new SensorFaultDetector(HeartRate);

        var faults = Enumerable.Range(0, 8).Select(i => detector.Observe(Minute(i), 72)).ToList();

        Assert.All(faults.Take(4), Assert.Empty);
        Assert.Equal(new SensorFault(SensorFaultKind.FlatLine, Minute(4), "5 identical readings of 72 in a row"), Assert.Single(faults[4]));
        Assert.Equal("8 identical readings of 72 in a row", Assert.Single(faults[7]).Reason);
        Assert.Empty(detector.Observe(Minute(8), 73));
    }

    [Fact]
    public void A_silence_longer_than_the_allowed_intervals_is_a_dropout_at_the_check_and_at_the_next_reading()
    {
        var detector = new SensorFaultDetector(HeartRate);
        detector.Observe(Minute(0), 70);

        Assert.Empty(detector.Check(Minute(3)));
        Assert.Equal("no reading for 3.5 min; expected one every 1 min", Assert.Single(detector.Check(Minute(3.5))).Reason);
        Assert.Equal(SensorFaultKind.Dropout, Assert.Single(detector.Observe(Minute(10), 71)).Kind);
    }

    [Fact]
    public void A_value_outside_the_plausible_range_is_impossible_and_not_taken_as_the_latest()
    {
        var detector = new SensorFaultDetector(HeartRate);
        detector.Observe(Minute(0), 70);

        var impossible = Assert.Single(detector.Observe(Minute(1), 0));

        Assert.Equal(SensorFaultKind.ImpossibleValue, impossible.Kind);
        Assert.Equal("0 lies outside the plausible range 20 to 300", impossible.Reason);
        Assert.Empty(detector.Observe(Minute(2), 72));
    }

    [Fact]
    public void A_change_faster_than_physiology_is_a_sudden_jump()
    {
        var detector = new SensorFaultDetector(HeartRate);
        detector.Observe(Minute(0), 70);

        Assert.Empty(detector.Observe(Minute(1), 110));
        var jump = Assert.Single(detector.Observe(Minute(2), 180));

        Assert.Equal(SensorFaultKind.SuddenJump, jump.Kind);
        Assert.Equal("changed by 70 in 1 min; at most 40 per min is physiological", jump.Reason);
    }

    [Fact]
    public void Readings_out_of_time_order_and_non_finite_values_are_refused_and_change_nothing()
    {
        var detector = new SensorFaultDetector(HeartRate);
        detector.Observe(Minute(5), 70);

        Assert.Contains("must arrive in time order", Assert.Throws<ArgumentException>(() => detector.Observe(Minute(4), 70)).Message, StringComparison.Ordinal);
        Assert.Contains("found NaN", Assert.Throws<ArgumentException>(() => detector.Observe(Minute(6), double.NaN)).Message, StringComparison.Ordinal);
        Assert.Empty(detector.Observe(Minute(6), 71));
    }

    public static TheoryData<SensorFaultOptions, string> BadOptions() => new()
    {
        { HeartRate with { ExpectedInterval = TimeSpan.Zero }, "ExpectedInterval" },
        { HeartRate with { DropoutIntervals = 0.5 }, "DropoutIntervals" },
        { HeartRate with { DropoutIntervals = double.NaN }, "DropoutIntervals" },
        { HeartRate with { FlatLineReadings = 1 }, "FlatLineReadings" },
        { HeartRate with { PlausibleLow = 300, PlausibleHigh = 20 }, "PlausibleHigh" },
        { HeartRate with { PlausibleLow = double.NegativeInfinity }, "PlausibleHigh" },
        { HeartRate with { MaximumChangePerMinute = 0 }, "MaximumChangePerMinute" },
        { HeartRate with { MaximumChangePerMinute = double.PositiveInfinity }, "MaximumChangePerMinute" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Out_of_range_options_are_refused_naming_the_option(SensorFaultOptions options, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new SensorFaultDetector(options)).ParamName);
    }
}
