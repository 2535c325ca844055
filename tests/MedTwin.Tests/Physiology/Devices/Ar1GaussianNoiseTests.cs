using MedTwin.Physiology.Devices;

namespace MedTwin.Tests.Physiology.Devices;

public sealed class Ar1GaussianNoiseTests
{
    [Fact]
    public void Over_a_long_run_the_noise_has_its_mean_sd_and_lag_one_autocorrelation()
    {
        const int count = 200_000;
        var noise = new Ar1GaussianNoise(10, 0.7, seed: 7);
        var values = Enumerable.Range(0, count).Select(_ => noise.Next()).ToArray();

        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (count - 1));
        var lagOne = Enumerable.Range(1, count - 1).Sum(i => (values[i] - mean) * (values[i - 1] - mean)) / ((count - 1) * sd * sd);

        // The mean of AR(1) noise has standard error σ·sqrt((1+φ)/(1−φ)/n) ≈ 0.053 here; 4 standard errors.
        Assert.InRange(mean, -0.22, 0.22);
        Assert.InRange(sd, 9.9, 10.1);
        Assert.InRange(lagOne, 0.69, 0.71);
    }

    [Fact]
    public void The_same_seed_gives_bit_identical_noise()
    {
        var first = new Ar1GaussianNoise(8, 0.5, seed: 42);
        var second = new Ar1GaussianNoise(8, 0.5, seed: 42);

        Assert.Equal(Enumerable.Range(0, 1000).Select(_ => first.Next()).ToArray(), Enumerable.Range(0, 1000).Select(_ => second.Next()).ToArray());
    }

    [Theory]
    [InlineData(-1, 0.5)]
    [InlineData(double.NaN, 0.5)]
    [InlineData(5, 1)]
    [InlineData(5, -0.1)]
    public void Negative_sd_or_autocorrelation_outside_0_to_1_is_rejected(double sd, double autocorrelation) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ar1GaussianNoise(sd, autocorrelation, seed: 1));
}
