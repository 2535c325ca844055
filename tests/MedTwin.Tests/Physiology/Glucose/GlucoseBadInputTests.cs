using MedTwin.Physiology.Glucose;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>Bad inputs are refused with a message that says what was expected and found.</summary>
public sealed class GlucoseBadInputTests
{
    [Theory]
    [InlineData(-10.0)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_meal_without_positive_finite_carbohydrate_is_refused(double grams)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Meal(60, grams));
        Assert.Contains("carbohydrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meal_at_a_negative_or_nan_time_or_with_a_non_positive_duration_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Meal(-1, 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Meal(double.NaN, 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Meal(0, 50, 0));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_negative_or_nan_bolus_or_basal_rate_is_refused(double units)
    {
        Assert.Contains("bolus", Assert.Throws<ArgumentOutOfRangeException>(() => new InsulinBolus(0, units)).Message, StringComparison.Ordinal);
        Assert.Contains("basal", Assert.Throws<ArgumentOutOfRangeException>(() => new GlucoseScenario(60, basalUnitsPerHour: units)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-60.0)]
    [InlineData(double.NaN)]
    public void A_horizon_that_is_not_positive_is_refused(double horizon)
    {
        Assert.Contains("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => new GlucoseScenario(horizon)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meal_or_bolus_at_or_after_the_horizon_and_overlapping_meals_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GlucoseScenario(60, [new Meal(60, 50)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GlucoseScenario(60, boluses: [new InsulinBolus(90, 1)]));
        Assert.Contains("overlap", Assert.Throws<ArgumentException>(() => new GlucoseScenario(600, [new Meal(60, 50), new Meal(65, 20)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_patient_name_is_refused_with_the_known_names()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => VirtualPatients.Catalog["adult#011"]);

        Assert.Contains("'adult#011'", error.Message, StringComparison.Ordinal);
        Assert.Contains("adolescent#001", error.Message, StringComparison.Ordinal);
        Assert.Contains("child#010", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_positive_output_interval_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GlucoseSimulationOptions { OutputInterval = 0 });
    }
}
