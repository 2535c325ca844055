using MedTwin.Physiology.Epidemics;

namespace MedTwin.Tests.Physiology.Epidemics;

public sealed class SeirModelTests
{
    private static readonly SeirParameters Measles = SeirParameters.FromBasicReproductionNumber(2.5, latentPeriod: 3, infectiousPeriod: 5, population: 1e6);

    [Theory]
    [InlineData(1.5)]
    [InlineData(2.5)]
    [InlineData(4)]
    public void Without_vaccination_a_long_run_reaches_the_final_size_that_solves_z_equals_one_minus_exp_of_minus_r0_z(double r0)
    {
        var model = new SeirModel(SeirParameters.FromBasicReproductionNumber(r0, latentPeriod: 3, infectiousPeriod: 5, population: 1e7));

        var run = model.Simulate(new SeirScenario { Days = 2000, InitialInfectious = 1, OutputInterval = 100 });

        Assert.Equal(FinalSizeByBisection(r0), run.AttackRate, 1e-4);
    }

    [Fact]
    public void The_basic_reproduction_number_is_beta_over_gamma_and_the_herd_immunity_threshold_one_minus_its_inverse()
    {
        var parameters = new SeirParameters { TransmissionRate = 0.6, LatentPeriod = 2, InfectiousPeriod = 5, Population = 1000 };

        Assert.Equal(3, parameters.BasicReproductionNumber, 1e-12);
        Assert.Equal(2.0 / 3, parameters.HerdImmunityThreshold, 1e-12);
        Assert.Equal(0.5, parameters.ProgressionRate);
        Assert.Equal(0.2, parameters.RecoveryRate);
    }

    [Theory]
    [InlineData(0.95, false)]
    [InlineData(0.55, true)]
    public void Vaccinating_above_the_herd_immunity_threshold_puts_reff_below_one_and_prevents_growth(double coverage, bool grows)
    {
        // R0 2.5: threshold 0.6; with efficacy 0.9 the coverage needed is 0.6/0.9 = 0.667.
        var vaccination = new VaccinationProgram { Efficacy = 0.9, PreEpidemicCoverage = coverage };

        var run = new SeirModel(Measles).Simulate(new SeirScenario { Days = 400, InitialInfectious = 10, Vaccination = vaccination });

        Assert.Equal(2.5 * (1 - (coverage * 0.9)), run.EffectiveReproductionNumber[0], 1e-4);
        Assert.Equal(grows, run.EffectiveReproductionNumber[0] > 1);
        Assert.Equal(grows, run.PeakPrevalence > 10);
        Assert.Equal(grows, run.PeakDay > 0);
    }

    [Fact]
    public void Reff_falls_as_r0_times_the_susceptible_fraction_and_crosses_one_at_the_peak_of_prevalence()
    {
        var model = new SeirModel(SeirParameters.FromBasicReproductionNumber(2.5, latentPeriod: 0, infectiousPeriod: 5, population: 1e6));

        var run = model.Simulate(new SeirScenario { Days = 200, InitialInfectious = 10, OutputInterval = 0.01 });

        Assert.All(run.Susceptible.Zip(run.EffectiveReproductionNumber), p => Assert.Equal(2.5 * p.First / 1e6, p.Second, 1e-12));
        var atPeak = run.Days.Select((d, i) => (Day: d, Index: i)).MinBy(p => Math.Abs(p.Day - run.PeakDay)).Index;
        Assert.Equal(1, run.EffectiveReproductionNumber[atPeak], 1e-3);
    }

    [Fact]
    public void Leaky_and_all_or_nothing_vaccines_of_equal_efficacy_give_the_same_reff_at_day_zero_but_different_final_sizes()
    {
        var model = new SeirModel(Measles);
        SeirRun Run(VaccineEfficacyModel kind) => model.Simulate(new SeirScenario { Days = 600, InitialInfectious = 10, Vaccination = new VaccinationProgram { Efficacy = 0.5, PreEpidemicCoverage = 0.5, EfficacyModel = kind } });

        var allOrNothing = Run(VaccineEfficacyModel.AllOrNothing);
        var leaky = Run(VaccineEfficacyModel.Leaky);

        Assert.Equal(allOrNothing.EffectiveReproductionNumber[0], leaky.EffectiveReproductionNumber[0], 1e-9);
        // A leaky vaccine's partial protection is used up by repeated exposure, so more vaccinees are infected in the end.
        Assert.True(leaky.AttackRate > allOrNothing.AttackRate, $"{leaky.AttackRate} vs {allOrNothing.AttackRate}");
    }

    [Fact]
    public void The_impact_of_a_campaign_counts_infections_and_deaths_averted_and_doses_per_infection_averted()
    {
        var model = new SeirModel(Measles with { InfectionFatalityRatio = 0.01 });
        var scenario = new SeirScenario { Days = 300, InitialInfectious = 10, Vaccination = new VaccinationProgram { Efficacy = 0.9, PreEpidemicCoverage = 0.1, Campaigns = [new VaccinationCampaign(20, 80, 5000)] } };

        var impact = model.ImpactOfVaccination(scenario);

        Assert.Equal((0.1 * (1e6 - 10)) + (60 * 5000), impact.DosesUsed, 1e-6);
        Assert.Equal(impact.WithoutVaccination.TotalInfections - impact.WithVaccination.TotalInfections, impact.InfectionsAverted);
        Assert.Equal(0.01 * impact.InfectionsAverted, impact.DeathsAverted, 1e-6);
        Assert.Equal(impact.DosesUsed / impact.InfectionsAverted, impact.DosesPerInfectionAverted!.Value, 1e-12);
        Assert.InRange(impact.InfectionsAverted, 1e5, 1e6);
    }

    [Fact]
    public void A_campaign_that_starts_after_the_epidemic_has_burnt_out_averts_nothing()
    {
        var scenario = new SeirScenario { Days = 400, InitialInfectious = 10, Vaccination = new VaccinationProgram { Efficacy = 0.9, Campaigns = [new VaccinationCampaign(390, 400, 1000)] } };

        var impact = new SeirModel(Measles).ImpactOfVaccination(scenario);

        Assert.Equal(0, impact.InfectionsAverted, 1);
        Assert.Equal(10_000, impact.DosesUsed, 1e-9);
    }

    [Fact]
    public void Waning_vaccine_protection_returns_vaccinees_to_susceptible_at_one_over_the_waning_period()
    {
        var parameters = SeirParameters.FromBasicReproductionNumber(0, latentPeriod: 3, infectiousPeriod: 5, population: 1000);
        var vaccination = new VaccinationProgram { Efficacy = 1, PreEpidemicCoverage = 1, WaningPeriod = 100 };

        var run = new SeirModel(parameters).Simulate(new SeirScenario { Days = 50, InitialInfectious = 0, Vaccination = vaccination });

        Assert.Equal(1000 * Math.Exp(-0.5), run.Vaccinated[^1], 1e-4);
        Assert.Equal(1000, run.Susceptible[^1] + run.Vaccinated[^1], 1e-6);
    }

    [Fact]
    public void Compartments_always_sum_to_the_population()
    {
        var scenario = new SeirScenario { Days = 300, InitialExposed = 5, InitialInfectious = 10, InitialRecovered = 1000, Vaccination = new VaccinationProgram { Efficacy = 0.7, EfficacyModel = VaccineEfficacyModel.Leaky, PreEpidemicCoverage = 0.2, Campaigns = [new VaccinationCampaign(10, 50, 2000)], WaningPeriod = 180 } };

        var run = new SeirModel(Measles).Simulate(scenario);

        Assert.All(Enumerable.Range(0, run.Days.Count), i => Assert.Equal(1e6, run.Susceptible[i] + run.Vaccinated[i] + run.Exposed[i] + run.Infectious[i] + run.Recovered[i], 1e-4));
    }

    /// <summary>The positive root of z = 1 − exp(−R0·z) for R0 &gt; 1, by bisection: z − 1 + exp(−R0·z) is negative just above 0 and positive at 1.</summary>
    private static double FinalSizeByBisection(double r0)
    {
        double Excess(double z) => z - (1 - Math.Exp(-r0 * z));
        var (low, high) = (1e-6, 1.0);
        Assert.True(Excess(low) < 0 && Excess(high) > 0);
        while (high - low > 1e-14)
        {
            var middle = (low + high) / 2;
            (low, high) = Excess(middle) < 0 ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }
}
