using MedTwin.Physiology.Pharmacokinetics;

namespace MedTwin.Tests.Physiology.Pharmacokinetics;

public sealed class TwoCompartmentModelTests
{
    private static readonly TwoCompartmentModel Model = new()
    {
        Clearance = 5, CentralVolume = 20, IntercompartmentalClearance = 8, PeripheralVolume = 60, AbsorptionRate = 1.1, Bioavailability = 0.7, LagTime = 0.25,
    };

    private static double K10 => 5 / 20.0;

    private static double K12 => 8 / 20.0;

    private static double K21 => 8 / 60.0;

    [Fact]
    public void The_bolus_coefficients_add_up_to_dose_over_central_volume()
    {
        var macro = Model.MacroConstants(400);

        Assert.Equal(400 / 20.0, macro.A + macro.B, 1e-12);
        Assert.Equal(400 / 20.0, Model.Concentration(Dose.Bolus(0, 400), 0), 1e-12);
        Assert.Equal(K10 + K12 + K21, macro.Alpha + macro.Beta, 1e-14);
        Assert.Equal(K10 * K21, macro.Alpha * macro.Beta, 1e-14);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(30)]
    public void A_bolus_matches_the_integrated_central_and_peripheral_equations(double time)
    {
        var state = RungeKutta.Integrate(
            (_, y) => [(-(K10 + K12) * y[0]) + (K21 * y[1]), (K12 * y[0]) - (K21 * y[1])], [400, 0], time);

        Assert.Equal(state[0] / 20, Model.Concentration(Dose.Bolus(0, 400), time), 1e-10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void An_oral_dose_with_lag_and_bioavailability_matches_the_integrated_equations(double time)
    {
        var state = RungeKutta.Integrate(
            (_, y) => [-1.1 * y[0], (1.1 * y[0]) - ((K10 + K12) * y[1]) + (K21 * y[2]), (K12 * y[1]) - (K21 * y[2])], [0.7 * 400, 0, 0], time - 0.25);

        Assert.Equal(state[1] / 20, Model.Concentration(Dose.Oral(0, 400), time), 1e-10);
    }

    [Fact]
    public void An_infusion_matches_the_integrated_equations_during_and_after_it()
    {
        var infusion = Dose.Infusion(0, 300, 3);

        var end = RungeKutta.Integrate(
            (_, y) => [100 - ((K10 + K12) * y[0]) + (K21 * y[1]), (K12 * y[0]) - (K21 * y[1])], [0, 0], 3);
        var state = RungeKutta.Integrate(
            (_, y) => [(-(K10 + K12) * y[0]) + (K21 * y[1]), (K12 * y[0]) - (K21 * y[1])], end, 5);
        var during = RungeKutta.Integrate(
            (_, y) => [100 - ((K10 + K12) * y[0]) + (K21 * y[1]), (K12 * y[0]) - (K21 * y[1])], [0, 0], 2);

        Assert.Equal(state[0] / 20, Model.Concentration(infusion, 8), 1e-10);
        Assert.Equal(during[0] / 20, Model.Concentration(infusion, 2), 1e-10);
    }

    [Fact]
    public void Macro_constants_of_a_bolus_give_back_the_model_they_came_from()
    {
        var macro = Model.MacroConstants(400);

        var back = TwoCompartmentModel.FromBolusMacroConstants(400, macro);

        Assert.Equal(5, back.Clearance, 1e-10);
        Assert.Equal(20, back.CentralVolume, 1e-10);
        Assert.Equal(8, back.IntercompartmentalClearance, 1e-10);
        Assert.Equal(60, back.PeripheralVolume, 1e-9);
    }
}
