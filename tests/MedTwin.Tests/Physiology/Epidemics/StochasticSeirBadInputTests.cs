using MedTwin.Physiology.Epidemics;

namespace MedTwin.Tests.Physiology.Epidemics;

public sealed class StochasticSeirBadInputTests
{
    private static readonly SeirParameters Parameters = SeirParameters.FromBasicReproductionNumber(2, latentPeriod: 3, infectiousPeriod: 5, population: 100);

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_leap_that_is_not_positive_and_finite_is_refused(double leap)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TauLeapingSeir(leap));

        Assert.Equal("leap", error.ParamName);
    }

    [Fact]
    public void A_negative_count_is_refused_naming_the_compartment()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SeirCounts(100, 0, -1, 0));

        Assert.Equal("infectious", error.ParamName);
    }

    [Fact]
    public void Counts_that_do_not_sum_to_the_population_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new GillespieSeir().Simulate(Parameters, new SeirCounts(90, 0, 1, 0), new StochasticSeirOptions(), seed: 1));

        Assert.Contains("sum to 91 persons but the population is 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ensemble_of_no_runs_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SeirEnsemble.Run(new GillespieSeir(), Parameters, new SeirCounts(99, 0, 1, 0), new StochasticSeirOptions(), runs: 0, seed: 1));
    }

    [Fact]
    public void A_nan_record_interval_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StochasticSeirOptions { RecordInterval = double.NaN });

        Assert.Equal("RecordInterval", error.ParamName);
    }
}
