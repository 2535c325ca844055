using MedTwin.Physiology.Devices;

namespace MedTwin.Tests.Physiology.Devices;

public sealed class CgmSensorTests
{
    private static readonly CgmSensorOptions Exact = new() { NoiseStandardDeviationMgPerDl = 0, QuantisationMgPerDl = 0 };

    private static CgmReading[] ReadSeries(CgmSensor sensor, Func<double, double> bloodGlucose, int count) =>
        [.. Enumerable.Range(0, count).Select(i => sensor.Read(5.0 * i, bloodGlucose(5.0 * i)))];

    [Fact]
    public void The_same_seed_gives_bit_identical_readings()
    {
        static double Glucose(double t) => 150 + (80 * Math.Sin(t / 200));
        var first = ReadSeries(new CgmSensor(new CgmSensorOptions(), seed: 3), Glucose, 500);
        var second = ReadSeries(new CgmSensor(new CgmSensorOptions(), seed: 3), Glucose, 500);
        var other = ReadSeries(new CgmSensor(new CgmSensorOptions(), seed: 4), Glucose, 500);

        Assert.Equal(first, second);
        Assert.NotEqual(first.Select(r => r.RawMgPerDl), other.Select(r => r.RawMgPerDl));
    }

    [Fact]
    public void After_a_step_in_blood_glucose_the_interstitium_follows_with_the_time_constant()
    {
        var sensor = new CgmSensor(Exact with { LagTimeConstantMinutes = 10 }, seed: 1);
        sensor.Read(0, 100);
        sensor.Read(5, 200);
        var afterOne = sensor.Read(10, 200);

        // BG ramps 100→200 over the first interval, then stays: the exact solution of the lag at t = 10.
        var decay = Math.Exp(-0.5);
        var atFive = (decay * 100) + 200 - (decay * 100) - (20 * 10 * (1 - decay));
        Assert.Equal((decay * atFive) + (200 * (1 - decay)), afterOne.InterstitialMgPerDl, 12);
        Assert.Equal(afterOne.InterstitialMgPerDl, afterOne.ReportedMgPerDl, 12);
    }

    [Fact]
    public void A_linear_rise_is_followed_with_a_delay_of_one_time_constant()
    {
        var sensor = new CgmSensor(Exact with { LagTimeConstantMinutes = 10 }, seed: 1);
        var readings = ReadSeries(sensor, t => 100 + t, 100);

        Assert.Equal(100 + 495 - 10, readings[^1].InterstitialMgPerDl, 6);
    }

    [Fact]
    public void Gain_drift_grows_linearly_with_days_of_wear()
    {
        var sensor = new CgmSensor(Exact with { GainDriftPerDay = 0.05, SamplingIntervalMinutes = 720 }, seed: 1);

        Assert.Equal(100, sensor.Read(0, 100).RawMgPerDl, 12);
        Assert.Equal(102.5, sensor.Read(720, 100).RawMgPerDl, 12);
        Assert.Equal(105, sensor.Read(1440, 100).RawMgPerDl, 12);
    }

    [Fact]
    public void Readings_are_rounded_to_the_quantisation_step_halves_away_from_zero()
    {
        var sensor = new CgmSensor(Exact with { QuantisationMgPerDl = 1, LagTimeConstantMinutes = 0 }, seed: 1);

        Assert.Equal(101, sensor.Read(0, 100.5).ReportedMgPerDl);
        Assert.Equal(100, sensor.Read(5, 100.49).ReportedMgPerDl);
    }

    [Fact]
    public void Values_outside_40_to_400_are_reported_as_the_limit_and_flagged()
    {
        var sensor = new CgmSensor(Exact with { LagTimeConstantMinutes = 0 }, seed: 1);

        var low = sensor.Read(0, 30);
        var high = sensor.Read(5, 450);
        var inside = sensor.Read(10, 400);

        Assert.Equal((40.0, CgmReadingStatus.BelowReportingRange, 30.0), (low.ReportedMgPerDl, low.Status, low.RawMgPerDl));
        Assert.Equal((400.0, CgmReadingStatus.AboveReportingRange, 450.0), (high.ReportedMgPerDl, high.Status, high.RawMgPerDl));
        Assert.Equal((400.0, CgmReadingStatus.InRange), (inside.ReportedMgPerDl, inside.Status));
    }

    [Fact]
    public void Over_a_long_run_at_steady_glucose_the_reading_error_has_the_noise_parameters()
    {
        const int count = 50_000;
        var sensor = new CgmSensor(new CgmSensorOptions { NoiseStandardDeviationMgPerDl = 10, NoiseAutocorrelation = 0.7, QuantisationMgPerDl = 0 }, seed: 11);
        var errors = ReadSeries(sensor, _ => 180, count).Select(r => r.RawMgPerDl - 180).ToArray();

        var mean = errors.Average();
        var sd = Math.Sqrt(errors.Sum(e => (e - mean) * (e - mean)) / (count - 1));
        var lagOne = Enumerable.Range(1, count - 1).Sum(i => (errors[i] - mean) * (errors[i - 1] - mean)) / ((count - 1) * sd * sd);

        Assert.InRange(mean, -0.45, 0.45);
        Assert.InRange(sd, 9.8, 10.2);
        Assert.InRange(lagOne, 0.68, 0.72);
    }

    [Fact]
    public void A_reading_off_the_sampling_grid_is_rejected_naming_when_the_next_is_due()
    {
        var sensor = new CgmSensor(new CgmSensorOptions(), seed: 1);
        sensor.Read(0, 100);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sensor.Read(7, 100));
        Assert.Equal("timeMinutes", error.ParamName);
        Assert.Contains("due at 5 min", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, sensor.NextReadingMinutes);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0)]
    [InlineData(-10)]
    public void Blood_glucose_that_is_not_positive_and_finite_is_rejected(double bad) =>
        Assert.Equal("bloodGlucoseMgPerDl", Assert.Throws<ArgumentOutOfRangeException>(() => new CgmSensor(new CgmSensorOptions(), seed: 1).Read(0, bad)).ParamName);

    [Fact]
    public void Invalid_options_are_rejected_naming_the_setting()
    {
        Assert.Equal("SamplingIntervalMinutes", Assert.Throws<ArgumentOutOfRangeException>(() => new CgmSensorOptions { SamplingIntervalMinutes = 0 }).ParamName);
        Assert.Equal("LagTimeConstantMinutes", Assert.Throws<ArgumentOutOfRangeException>(() => new CgmSensorOptions { LagTimeConstantMinutes = -1 }).ParamName);
        Assert.Equal("NoiseAutocorrelation", Assert.Throws<ArgumentOutOfRangeException>(() => new CgmSensorOptions { NoiseAutocorrelation = 1 }).ParamName);
        Assert.Equal("QuantisationMgPerDl", Assert.Throws<ArgumentOutOfRangeException>(() => new CgmSensorOptions { QuantisationMgPerDl = double.NaN }).ParamName);
        Assert.Throws<ArgumentException>(() => new CgmSensor(new CgmSensorOptions { MinimumReportedMgPerDl = 400, MaximumReportedMgPerDl = 40 }, seed: 1));
    }
}
