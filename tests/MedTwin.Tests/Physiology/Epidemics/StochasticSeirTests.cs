using MedTwin.Physiology.Epidemics;
using Xunit.Abstractions;

namespace MedTwin.Tests.Physiology.Epidemics;

public sealed class StochasticSeirTests(ITestOutputHelper output)
{
    private static readonly SeirParameters Small = SeirParameters.FromBasicReproductionNumber(2.5, latentPeriod: 3, infectiousPeriod: 5, population: 500);

    public static TheoryData<string> Simulators => ["gillespie", "tau-leaping"];

    [Theory]
    [MemberData(nameof(Simulators))]
    public void The_same_seed_gives_a_bit_identical_trajectory_and_another_seed_a_different_one(string simulator)
    {
        var initial = new SeirCounts(495, 0, 5, 0);
        StochasticSeirTrajectory Run(int seed) => Simulator(simulator).Simulate(Small, initial, new StochasticSeirOptions { Days = 150 }, seed);

        var first = Run(42);
        var again = Run(42);
        var other = Run(43);

        Assert.Equal(first.Infectious, again.Infectious);
        Assert.Equal(first.Susceptible, again.Susceptible);
        Assert.Equal(first.ExtinctionDay, again.ExtinctionDay);
        Assert.NotEqual(first.Infectious, other.Infectious);
    }

    [Theory]
    [MemberData(nameof(Simulators))]
    public void The_population_is_conserved_and_no_compartment_goes_negative(string simulator)
    {
        // A fast epidemic with a long leap: many events per leap, where a Poisson leap would overshoot.
        var fast = SeirParameters.FromBasicReproductionNumber(8, latentPeriod: 0.5, infectiousPeriod: 1, population: 300);

        var ensemble = SeirEnsemble.Run(Simulator(simulator, leap: 1), fast, new SeirCounts(290, 5, 5, 0), new StochasticSeirOptions { Days = 40, RecordInterval = 0.5 }, runs: 50, seed: 7);

        Assert.All(ensemble.Runs, run => Assert.All(Enumerable.Range(0, run.Days.Count), d =>
        {
            Assert.Equal(300, run.Susceptible[d] + run.Exposed[d] + run.Infectious[d] + run.Recovered[d]);
            Assert.True(run.Susceptible[d] >= 0 && run.Exposed[d] >= 0 && run.Infectious[d] >= 0 && run.Recovered[d] >= 0);
        }));
        Assert.All(ensemble.Runs, run => Assert.Equal(290 - run.Susceptible[^1], run.TotalInfections));
    }

    /// <summary>
    /// With N = 10⁴ and 1% initially infectious, the ensemble mean differs from the ODE by sampling noise (SE of the mean
    /// of I/N ≈ 0.001 at the peak) and by the O(1/√N) spread of epidemic timing; 0.005 of N at every day, against a
    /// peak prevalence of 0.146, allows for both. The leap of 0.1 day adds an O(τ) bias to tau-leaping.
    /// </summary>
    [Theory]
    [InlineData("gillespie")]
    [InlineData("tau-leaping")]
    public void The_mean_of_100_runs_with_ten_thousand_persons_follows_the_deterministic_trajectory_within_half_a_percent_of_n(string simulator)
    {
        const double Population = 10_000;
        var parameters = SeirParameters.FromBasicReproductionNumber(2.5, latentPeriod: 3, infectiousPeriod: 5, population: Population);
        var deterministic = new SeirModel(parameters).Simulate(new SeirScenario { Days = 150, InitialInfectious = 100 });

        var ensemble = SeirEnsemble.Run(Simulator(simulator, leap: 0.1), parameters, new SeirCounts(9_900, 0, 100, 0), new StochasticSeirOptions { Days = 150 }, runs: 100, seed: 2026);

        var infectiousGap = ensemble.Infectious.Mean.Zip(deterministic.Infectious, (s, d) => Math.Abs(s - d) / Population).Max();
        var susceptibleGap = ensemble.Susceptible.Mean.Zip(deterministic.Susceptible, (s, d) => Math.Abs(s - d) / Population).Max();
        output.WriteLine(FormattableString.Invariant($"largest gap as a fraction of N: infectious {infectiousGap:G3}, susceptible {susceptibleGap:G3}; deterministic peak {deterministic.PeakPrevalence / Population:G3}"));
        Assert.True(infectiousGap < 0.005, $"{infectiousGap}");
        Assert.True(susceptibleGap < 0.005, $"{susceptibleGap}");
    }

    [Fact]
    public void An_sir_epidemic_started_by_one_infective_dies_out_early_with_probability_one_over_r0()
    {
        // Branching process: each infective infects a geometric number with mean R0, so extinction has probability 1/R0.
        const int Runs = 2000;
        var sir = SeirParameters.FromBasicReproductionNumber(2, latentPeriod: 0, infectiousPeriod: 5, population: 1000);

        var ensemble = SeirEnsemble.Run(new GillespieSeir(), sir, new SeirCounts(999, 0, 1, 0), new StochasticSeirOptions { Days = 400, RecordInterval = 400 }, Runs, seed: 11);

        // Minor outbreaks infect a few persons, major ones about 80%: 100 separates them.
        var extinct = ensemble.Runs.Count(r => r.TotalInfections < 100) / (double)Runs;
        var standardError = Math.Sqrt(0.5 * 0.5 / Runs);
        output.WriteLine(FormattableString.Invariant($"early extinction {extinct:G4}, expected 0.5 ± {3 * standardError:G2} (3 SE)"));
        Assert.Equal(0.5, extinct, 3 * standardError);
    }

    [Fact]
    public void Ensemble_bands_are_ordered_and_the_median_of_an_odd_ensemble_is_one_of_its_runs()
    {
        var ensemble = SeirEnsemble.Run(new GillespieSeir(), Small, new SeirCounts(490, 0, 10, 0), new StochasticSeirOptions { Days = 100, RecordInterval = 5 }, runs: 21, seed: 3);

        Assert.All(Enumerable.Range(0, ensemble.Days.Count), d =>
        {
            Assert.True(ensemble.Infectious.Lower5[d] <= ensemble.Infectious.Median[d] && ensemble.Infectious.Median[d] <= ensemble.Infectious.Upper95[d]);
            Assert.Contains(ensemble.Runs, r => r.Infectious[d] == ensemble.Infectious.Median[d]);
        });
        // Type 7 with 21 runs: the 5th percentile sits at order statistic 1 + 0.05·20 = 2.
        var day = ensemble.Days.Count / 2;
        Assert.Equal(ensemble.Runs.Select(r => r.Infectious[day]).Order().ElementAt(1), ensemble.Infectious.Lower5[day]);
        Assert.Equal(ensemble.Runs.Select(r => (double)r.Infectious[day]).Average(), ensemble.Infectious.Mean[day], 1e-12);
    }

    [Fact]
    public void An_ensemble_regenerates_from_its_seed()
    {
        SeirEnsemble Run() => SeirEnsemble.Run(new TauLeapingSeir(0.5), Small, new SeirCounts(495, 0, 5, 0), new StochasticSeirOptions { Days = 60 }, runs: 5, seed: 99);

        Assert.Equal(Run().Runs.Select(r => r.Seed), Run().Runs.Select(r => r.Seed));
        Assert.Equal(Run().Infectious.Mean, Run().Infectious.Mean);
    }

    [Fact]
    public void A_run_without_infection_is_extinct_from_day_zero()
    {
        var run = new GillespieSeir().Simulate(Small, new SeirCounts(500, 0, 0, 0), new StochasticSeirOptions { Days = 10 }, seed: 1);

        Assert.Equal(0, run.ExtinctionDay);
        Assert.All(run.Susceptible, s => Assert.Equal(500, s));
        Assert.Equal(11, run.Days.Count);
    }

    private static IStochasticSeirSimulator Simulator(string name, double leap = 0.25) => name == "gillespie" ? new GillespieSeir() : new TauLeapingSeir(leap);
}
