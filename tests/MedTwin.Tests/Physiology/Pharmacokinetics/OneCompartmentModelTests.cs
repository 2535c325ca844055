using MedTwin.Physiology.Pharmacokinetics;

namespace MedTwin.Tests.Physiology.Pharmacokinetics;

public sealed class OneCompartmentModelTests
{
    private static readonly OneCompartmentModel Model = new() { Clearance = 2.8, Volume = 32, AbsorptionRate = 1.4, Bioavailability = 0.8, LagTime = 0.5 };

    [Theory]
    [InlineData(0.25)]
    [InlineData(1.5)]
    [InlineData(7)]
    [InlineData(24)]
    public void An_oral_dose_with_lag_and_bioavailability_matches_the_integrated_gut_and_central_equations(double time)
    {
        var k = Model.EliminationRate;
        // Gut holds F·D from the lag time on; the central amount over V is the concentration.
        var start = time < Model.LagTime ? new[] { 0.0, 0.0 } : [Model.Bioavailability * 320, 0.0];
        var state = RungeKutta.Integrate((_, y) => [-1.4 * y[0], (1.4 * y[0]) - (k * y[1])], start, Math.Max(time - Model.LagTime, 0));

        Assert.Equal(state[1] / Model.Volume, Model.Concentration(Dose.Oral(0, 320), time), 1e-10);
    }

    [Fact]
    public void When_absorption_and_elimination_rates_are_equal_the_oral_curve_is_the_limit_of_the_bateman_function()
    {
        var model = new OneCompartmentModel { Clearance = 3.2, Volume = 32, AbsorptionRate = 0.1 };

        var state = RungeKutta.Integrate((_, y) => [-0.1 * y[0], (0.1 * y[0]) - (0.1 * y[1])], [100, 0], 6);

        Assert.Equal(state[1] / 32, model.Concentration(Dose.Oral(0, 100), 6), 1e-10);
        Assert.Equal(100 * 0.1 / 32 * 6 * Math.Exp(-0.6), model.Concentration(Dose.Oral(0, 100), 6), 1e-12);
    }

    [Fact]
    public void An_intravenous_bolus_decays_from_dose_over_volume_with_rate_clearance_over_volume()
    {
        var dose = Dose.Bolus(1, 500);

        Assert.Equal(0, Model.Concentration(dose, 0.999));
        Assert.Equal(500 / 32.0, Model.Concentration(dose, 1), 1e-12);
        Assert.Equal(500 / 32.0 * Math.Exp(-2.8 / 32 * 3), Model.Concentration(dose, 4), 1e-12);
    }

    [Fact]
    public void A_long_infusion_reaches_the_plateau_rate_over_clearance()
    {
        // 1000 h is 87 time constants: the remaining distance to the plateau, e^(−87), is below double precision.
        var infusion = Dose.Infusion(0, 5000, 1000);

        Assert.Equal(5 / 2.8, Model.Concentration(infusion, 1000), 1e-12);
    }

    [Fact]
    public void An_infusion_during_and_after_matches_the_integrated_central_equation()
    {
        var infusion = Dose.Infusion(0, 100, 2);
        var k = Model.EliminationRate;

        var during = RungeKutta.Integrate((_, y) => [50 - (k * y[0])], [0], 1.5);
        var end = RungeKutta.Integrate((_, y) => [50 - (k * y[0])], [0], 2);
        var after = RungeKutta.Integrate((_, y) => [-k * y[0]], end, 3);

        Assert.Equal(during[0] / Model.Volume, Model.Concentration(infusion, 1.5), 1e-10);
        Assert.Equal(after[0] / Model.Volume, Model.Concentration(infusion, 5), 1e-10);
    }

    [Fact]
    public void An_oral_dose_without_an_absorption_rate_is_refused_with_the_missing_parameter_named()
    {
        var model = new OneCompartmentModel { Clearance = 1, Volume = 10 };

        var error = Assert.Throws<InvalidOperationException>(() => model.Concentration(Dose.Oral(0, 1), 1));

        Assert.Contains("AbsorptionRate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_volumes_and_clearances_are_refused_with_the_parameter_named()
    {
        Assert.Equal("Volume", Assert.Throws<ArgumentOutOfRangeException>(() => new OneCompartmentModel { Clearance = 1, Volume = -3 }).ParamName);
        Assert.Equal("Clearance", Assert.Throws<ArgumentOutOfRangeException>(() => Model with { Clearance = double.NaN }).ParamName);
        Assert.Equal("Bioavailability", Assert.Throws<ArgumentOutOfRangeException>(() => Model with { Bioavailability = 1.2 }).ParamName);
    }

    [Fact]
    public void Negative_doses_and_infusions_without_a_duration_are_refused_with_the_value_named()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => Dose.Bolus(0, -5)).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => Dose.Oral(-1, 5)).ParamName);
        Assert.Equal("infusionDuration", Assert.Throws<ArgumentOutOfRangeException>(() => Dose.Infusion(0, 5, 0)).ParamName);
    }
}
