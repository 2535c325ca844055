using MedTwin.Physiology.Epidemics;

namespace MedTwin.Tests.Physiology.Epidemics;

public sealed class BinomialSamplerTests
{
    [Theory]
    [InlineData(10, 0.3)]
    [InlineData(1000, 0.02)]
    [InlineData(100_000, 0.3)]
    [InlineData(50_000, 0.97)]
    public void Draws_have_the_binomial_mean_and_variance_and_stay_within_zero_and_n(int trials, double probability)
    {
        const int Draws = 20_000;
        var random = new Random(5);

        var draws = Enumerable.Range(0, Draws).Select(_ => (double)BinomialSampler.Sample(random, trials, probability)).ToArray();

        var mean = trials * probability;
        var variance = mean * (1 - probability);
        var sampleMean = draws.Average();
        Assert.All(draws, d => Assert.InRange(d, 0, trials));
        // 4 standard errors of the sample mean; the sample variance's relative SE is about √(2/Draws) = 1%.
        Assert.Equal(mean, sampleMean, 4 * Math.Sqrt(variance / Draws));
        Assert.Equal(1, draws.Select(d => (d - sampleMean) * (d - sampleMean)).Sum() / (Draws - 1) / variance, 0.05);
    }

    [Fact]
    public void Certain_and_impossible_trials_give_n_and_zero()
    {
        var random = new Random(1);

        Assert.Equal(70, BinomialSampler.Sample(random, 70, 1));
        Assert.Equal(0, BinomialSampler.Sample(random, 70, 0));
        Assert.Equal(0, BinomialSampler.Sample(random, 0, 0.5));
    }
}
