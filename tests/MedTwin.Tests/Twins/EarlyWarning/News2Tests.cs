using MedTwin.Twins.EarlyWarning;

namespace MedTwin.Tests.Twins.EarlyWarning;

/// <summary>Every band edge of the Royal College of Physicians' NEWS2 chart 1 (2017), and the chart 4 responses.</summary>
public sealed class News2Tests
{
    private static readonly News2Observations Normal = new()
    {
        RespirationRate = 16,
        OxygenSaturation = 97,
        OnOxygen = false,
        SystolicBloodPressure = 120,
        Pulse = 70,
        Consciousness = Consciousness.Alert,
        Temperature = 37.0,
    };

    private static int ScoreOf(News2Observations observations, News2Parameter parameter) =>
        News2.Score(observations).Parameters.Single(p => p.Parameter == parameter).Score;

    [Theory]
    [InlineData(4, 3)]
    [InlineData(8, 3)]
    [InlineData(8.5, 1)]
    [InlineData(9, 1)]
    [InlineData(11, 1)]
    [InlineData(12, 0)]
    [InlineData(20, 0)]
    [InlineData(21, 2)]
    [InlineData(24, 2)]
    [InlineData(25, 3)]
    [InlineData(40, 3)]
    public void Respiration_rate_scores_as_the_chart_bands_it(double rate, int expected) =>
        Assert.Equal(expected, ScoreOf(Normal with { RespirationRate = rate }, News2Parameter.RespirationRate));

    [Theory]
    [InlineData(85, 3)]
    [InlineData(91, 3)]
    [InlineData(92, 2)]
    [InlineData(93, 2)]
    [InlineData(94, 1)]
    [InlineData(95, 1)]
    [InlineData(96, 0)]
    [InlineData(100, 0)]
    public void Oxygen_saturation_on_scale_1_scores_as_the_chart_bands_it(double saturation, int expected)
    {
        Assert.Equal(expected, ScoreOf(Normal with { OxygenSaturation = saturation }, News2Parameter.OxygenSaturation));
        Assert.Equal(expected, ScoreOf(Normal with { OxygenSaturation = saturation, OnOxygen = true }, News2Parameter.OxygenSaturation));
    }

    [Theory]
    [InlineData(80, false, 3)]
    [InlineData(83, false, 3)]
    [InlineData(84, false, 2)]
    [InlineData(85, false, 2)]
    [InlineData(86, false, 1)]
    [InlineData(87, false, 1)]
    [InlineData(88, false, 0)]
    [InlineData(92, false, 0)]
    [InlineData(93, false, 0)]
    [InlineData(99, false, 0)]
    [InlineData(83, true, 3)]
    [InlineData(84, true, 2)]
    [InlineData(86, true, 1)]
    [InlineData(88, true, 0)]
    [InlineData(92, true, 0)]
    [InlineData(93, true, 1)]
    [InlineData(94, true, 1)]
    [InlineData(95, true, 2)]
    [InlineData(96, true, 2)]
    [InlineData(97, true, 3)]
    [InlineData(100, true, 3)]
    public void Oxygen_saturation_on_scale_2_scores_high_saturations_only_on_oxygen(double saturation, bool onOxygen, int expected) =>
        Assert.Equal(
            expected,
            ScoreOf(Normal with { OxygenSaturation = saturation, OnOxygen = onOxygen, Scale = OxygenSaturationScale.Scale2 }, News2Parameter.OxygenSaturation));

    [Fact]
    public void Supplemental_oxygen_scores_2_and_air_0()
    {
        Assert.Equal(0, ScoreOf(Normal, News2Parameter.AirOrOxygen));
        Assert.Equal(2, ScoreOf(Normal with { OnOxygen = true }, News2Parameter.AirOrOxygen));
    }

    [Theory]
    [InlineData(70, 3)]
    [InlineData(90, 3)]
    [InlineData(91, 2)]
    [InlineData(100, 2)]
    [InlineData(101, 1)]
    [InlineData(110, 1)]
    [InlineData(111, 0)]
    [InlineData(219, 0)]
    [InlineData(220, 3)]
    [InlineData(250, 3)]
    public void Systolic_blood_pressure_scores_as_the_chart_bands_it(double pressure, int expected) =>
        Assert.Equal(expected, ScoreOf(Normal with { SystolicBloodPressure = pressure }, News2Parameter.SystolicBloodPressure));

    [Theory]
    [InlineData(30, 3)]
    [InlineData(40, 3)]
    [InlineData(41, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 0)]
    [InlineData(90, 0)]
    [InlineData(91, 1)]
    [InlineData(110, 1)]
    [InlineData(111, 2)]
    [InlineData(130, 2)]
    [InlineData(131, 3)]
    [InlineData(180, 3)]
    public void Pulse_scores_as_the_chart_bands_it(double pulse, int expected) =>
        Assert.Equal(expected, ScoreOf(Normal with { Pulse = pulse }, News2Parameter.Pulse));

    [Theory]
    [InlineData(Consciousness.Alert, 0)]
    [InlineData(Consciousness.NewConfusion, 3)]
    [InlineData(Consciousness.Voice, 3)]
    [InlineData(Consciousness.Pain, 3)]
    [InlineData(Consciousness.Unresponsive, 3)]
    public void Anything_but_alert_scores_3(Consciousness consciousness, int expected) =>
        Assert.Equal(expected, ScoreOf(Normal with { Consciousness = consciousness }, News2Parameter.Consciousness));

    [Theory]
    [InlineData(34.0, 3)]
    [InlineData(35.0, 3)]
    [InlineData(35.1, 1)]
    [InlineData(36.0, 1)]
    [InlineData(36.1, 0)]
    [InlineData(38.0, 0)]
    [InlineData(38.1, 1)]
    [InlineData(39.0, 1)]
    [InlineData(39.1, 2)]
    [InlineData(41.0, 2)]
    public void Temperature_scores_as_the_chart_bands_it(double temperature, int expected) =>
        Assert.Equal(expected, ScoreOf(Normal with { Temperature = temperature }, News2Parameter.Temperature));

    [Fact]
    public void Normal_observations_score_0_and_call_for_12_hourly_monitoring()
    {
        var score = News2.Score(Normal);

        Assert.Equal((0, News2Risk.Low), (score.Total, score.Risk));
        Assert.Equal(TimeSpan.FromHours(12), score.Response.MonitoringInterval);
        Assert.Equal("Continue routine NEWS monitoring", score.Response.Action);
    }

    [Fact]
    public void An_aggregate_of_1_to_4_without_a_red_score_is_low_risk_monitored_4_to_6_hourly()
    {
        var score = News2.Score(Normal with { RespirationRate = 22, Pulse = 95, Temperature = 38.5 });

        Assert.Equal((4, News2Risk.Low, false), (score.Total, score.Risk, score.HasRedScore));
        Assert.Equal("Minimum 4–6-hourly", score.Response.Monitoring);
    }

    [Fact]
    public void A_single_red_score_makes_a_low_aggregate_low_medium_risk()
    {
        var score = News2.Score(Normal with { Consciousness = Consciousness.NewConfusion });

        Assert.Equal((3, News2Risk.LowMedium, true), (score.Total, score.Risk, score.HasRedScore));
        Assert.Equal(TimeSpan.FromHours(1), score.Response.MonitoringInterval);
    }

    [Theory]
    [InlineData(5, News2Risk.Medium)]
    [InlineData(6, News2Risk.Medium)]
    [InlineData(7, News2Risk.High)]
    public void Aggregates_of_5_and_7_are_the_urgent_and_emergency_thresholds(int total, News2Risk risk)
    {
        // Oxygen (2) + pulse 111 (2) + respiration 9 (1) = 5; + temperature 39.1 (2) = 7; systolic 101 (1) bridges 5 to 6.
        var five = Normal with { OnOxygen = true, Pulse = 111, RespirationRate = 9 };
        var observations = total switch
        {
            5 => five,
            6 => five with { SystolicBloodPressure = 101 },
            _ => five with { Temperature = 39.1 },
        };

        var score = News2.Score(observations);

        Assert.Equal((total, risk), (score.Total, score.Risk));
        Assert.Equal(risk == News2Risk.High ? TimeSpan.Zero : TimeSpan.FromHours(1), score.Response.MonitoringInterval);
    }

    [Fact]
    public void The_highest_possible_score_is_20()
    {
        var worst = new News2Observations
        {
            RespirationRate = 30,
            OxygenSaturation = 85,
            OnOxygen = true,
            SystolicBloodPressure = 80,
            Pulse = 140,
            Consciousness = Consciousness.Unresponsive,
            Temperature = 34,
        };

        Assert.Equal(20, News2.Score(worst).Total);
    }

    [Theory]
    [InlineData(nameof(News2Observations.RespirationRate), double.NaN)]
    [InlineData(nameof(News2Observations.RespirationRate), -1)]
    [InlineData(nameof(News2Observations.OxygenSaturation), 101)]
    [InlineData(nameof(News2Observations.SystolicBloodPressure), double.PositiveInfinity)]
    [InlineData(nameof(News2Observations.Pulse), 400)]
    [InlineData(nameof(News2Observations.Temperature), 98.6)]
    public void An_impossible_value_is_an_error_naming_the_parameter(string parameter, double value)
    {
        var observations = parameter switch
        {
            nameof(News2Observations.RespirationRate) => Normal with { RespirationRate = value },
            nameof(News2Observations.OxygenSaturation) => Normal with { OxygenSaturation = value },
            nameof(News2Observations.SystolicBloodPressure) => Normal with { SystolicBloodPressure = value },
            nameof(News2Observations.Pulse) => Normal with { Pulse = value },
            _ => Normal with { Temperature = value },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => News2.Score(observations));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void An_undefined_consciousness_level_is_an_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => News2.Score(Normal with { Consciousness = (Consciousness)9 }));
    }
}
