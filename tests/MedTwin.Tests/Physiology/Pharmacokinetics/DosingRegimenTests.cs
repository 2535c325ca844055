using MedTwin.Physiology.Pharmacokinetics;

namespace MedTwin.Tests.Physiology.Pharmacokinetics;

public sealed class DosingRegimenTests
{
    private static readonly OneCompartmentModel Model = new() { Clearance = 4, Volume = 40, AbsorptionRate = 1.2, Bioavailability = 0.9 };

    [Fact]
    public void After_many_bolus_doses_the_peak_is_the_first_peak_times_the_accumulation_ratio()
    {
        var regimen = DosingRegimen.Repeated(Dose.Bolus(0, 200), interval: 12, count: 60);

        var peak = Model.Concentration(regimen, 59 * 12);

        Assert.Equal(200 / 40.0 * SteadyState.AccumulationRatio(Model.EliminationRate, 12), peak, 1e-10);
    }

    [Fact]
    public void After_many_oral_doses_the_average_over_an_interval_is_f_dose_over_clearance_tau()
    {
        var regimen = DosingRegimen.Repeated(Dose.Oral(0, 300), interval: 8, count: 80);
        const int Panels = 8000;

        // Simpson's rule over the last interval.
        var start = 79 * 8.0;
        var area = Enumerable.Range(0, Panels + 1)
            .Sum(i => (i == 0 || i == Panels ? 1 : i % 2 == 1 ? 4 : 2) * Model.Concentration(regimen, start + (i * 8.0 / Panels)))
            * (8.0 / Panels) / 3;

        Assert.Equal(SteadyState.AverageConcentration(300, 4, 8, 0.9), area / 8, 1e-9);
    }

    [Fact]
    public void A_loading_dose_of_the_maintenance_dose_times_the_accumulation_ratio_reaches_steady_state_at_once()
    {
        var ratio = SteadyState.AccumulationRatio(Model.EliminationRate, 6);
        var regimen = DosingRegimen.LoadingThenMaintenance(Dose.Bolus(0, 100 * ratio), maintenanceAmount: 100, interval: 6, maintenanceCount: 10);

        var peaks = Enumerable.Range(0, 11).Select(i => Model.Concentration(regimen, i * 6.0));

        Assert.All(peaks, peak => Assert.Equal(100 * ratio / 40, peak, 1e-10));
    }

    [Fact]
    public void A_custom_schedule_is_the_sum_of_its_doses_whatever_order_they_are_given_in()
    {
        Dose[] doses = [Dose.Oral(10, 50), Dose.Bolus(0, 100), Dose.Infusion(4, 60, 2)];

        var regimen = DosingRegimen.Custom(doses);

        Assert.Equal([0.0, 4, 10], regimen.Doses.Select(d => d.Time));
        Assert.Equal(doses.Sum(d => Model.Concentration(d, 11)), Model.Concentration(regimen, 11), 1e-14);
    }

    [Fact]
    public void Allometric_scaling_multiplies_clearance_by_weight_ratio_to_the_three_quarters_and_volume_by_the_ratio()
    {
        var child = new AllometricScaling().Apply(Model, 35);

        Assert.Equal(4 * Math.Pow(0.5, 0.75), child.Clearance, 1e-14);
        Assert.Equal(20, child.Volume, 1e-14);
        Assert.Equal(Model.AbsorptionRate, child.AbsorptionRate);
    }

    [Fact]
    public void A_two_compartment_model_scales_both_clearances_and_both_volumes()
    {
        var typical = new TwoCompartmentModel { Clearance = 5, CentralVolume = 20, IntercompartmentalClearance = 8, PeripheralVolume = 60 };

        var heavier = new AllometricScaling().Apply(typical, 140);

        Assert.Equal(8 * Math.Pow(2, 0.75), heavier.IntercompartmentalClearance, 1e-13);
        Assert.Equal(120, heavier.PeripheralVolume, 1e-13);
    }

    [Fact]
    public void An_empty_schedule_or_a_non_positive_interval_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DosingRegimen.Custom([]));
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => DosingRegimen.Repeated(Dose.Bolus(0, 1), 0, 3)).ParamName);
    }
}
