using System.Globalization;
using MedTwin.Physiology.Calibration;
using MedTwin.Physiology.Glucose;
using Xunit.Abstractions;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>
/// The minimal model on a simulated frequently sampled IVGTT: truth p1 = 0.03/min, p2 = 0.02/min, p3 = 1.3e-5
/// (SI = 6.5e-4 per µU/mL per min), Gb 92 mg/dL, Ib 7.3 µU/mL, G0 287 mg/dL; glucose with seeded Gaussian noise of SD 2 mg/dL.
/// </summary>
public sealed class BergmanMinimalModelTests(ITestOutputHelper output)
{
    private const double Gb = 92, Ib = 7.3, G0 = 287, NoiseSd = 2;
    private static readonly double[] Times = [2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 19, 22, 25, 30, 40, 50, 60, 70, 80, 90, 100, 120, 140, 160, 180];
    private static readonly BergmanMinimalModel Truth = new() { P1 = 0.03, P2 = 0.02, P3 = 1.3e-5, Gb = Gb, Ib = Ib };
    private static readonly BergmanMinimalModel Guess = new() { P1 = 0.02, P2 = 0.03, P3 = 2e-5, Gb = Gb, Ib = Ib };

    // A first-phase peak decaying, then a second-phase rise and fall, sampled with glucose.
    private static readonly InsulinProfile Insulin = new(
        [0, .. Times],
        [Ib, .. Times.Select(t => Ib + (90 * Math.Exp(-0.1 * t)) + (25 * t / 20 * Math.Exp(1 - (t / 20))))]);

    [Fact]
    public void Without_insulin_above_basal_glucose_decays_to_basal_at_rate_p1()
    {
        var flat = new InsulinProfile([0, 180], [Ib, Ib]);

        var glucose = Truth.Glucose(G0, flat, [0, 60, 120]);

        Assert.Equal(Gb + ((G0 - Gb) * Math.Exp(-0.03 * 60)), glucose[1], 4);
        Assert.Equal(Gb + ((G0 - Gb) * Math.Exp(-0.03 * 120)), glucose[2], 4);
    }

    [Fact]
    public void Fitting_a_noisy_simulated_ivgtt_recovers_p1_p2_p3_with_intervals_that_cover_the_truth()
    {
        var (result, model) = Fit(seed: 20260401);

        foreach (var estimate in result.Parameters)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{estimate.Name} = {estimate.Value:G4} [{estimate.Lower:G4}, {estimate.Upper:G4}]"));
        }

        Assert.True(result.Converged, result.Reason);
        Assert.InRange(Truth.P1, result["p1"].Lower, result["p1"].Upper);
        Assert.InRange(Truth.P2, result["p2"].Lower, result["p2"].Upper);
        Assert.InRange(Truth.P3, result["p3"].Lower, result["p3"].Upper);
        Assert.InRange(model!.InsulinSensitivity, 0.8 * Truth.InsulinSensitivity, 1.25 * Truth.InsulinSensitivity);
        Assert.InRange(model.GlucoseEffectiveness, 0.8 * Truth.P1, 1.25 * Truth.P1);
    }

    [Fact]
    public void Over_20_noise_seeds_the_95_percent_intervals_cover_each_parameter_at_least_16_times()
    {
        var fits = Enumerable.Range(1, 20).Select(seed => Fit(seed).Result).ToArray();

        Assert.All(fits, f => Assert.True(f.Converged, f.Reason));
        foreach (var (name, truth) in new[] { ("p1", Truth.P1), ("p2", Truth.P2), ("p3", Truth.P3) })
        {
            var covered = fits.Count(f => f[name].Lower <= truth && truth <= f[name].Upper);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: covered {covered} of 20"));
            Assert.True(covered >= 16, $"{name} covered {covered} of 20");
        }
    }

    [Fact]
    public void A_non_positive_parameter_or_initial_glucose_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Truth with { P2 = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Truth with { P3 = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => Truth.Glucose(-1, Insulin, Times));
        Assert.Throws<ArgumentException>(() => new InsulinProfile([0, 0], [1, 2]));
    }

    private static (CalibrationResult Result, BergmanMinimalModel? Model) Fit(int seed)
    {
        var random = new Random(seed);
        var observed = Truth.Glucose(G0, Insulin, Times).Select(g => g + (NoiseSd * StandardNormal(random))).ToArray();
        var problem = BergmanIvgttFit.Problem(Times, observed, Insulin, Gb, Ib, G0, Guess);
        return BergmanIvgttFit.Fit(problem, new LevenbergMarquardtOptions { Seed = seed, Starts = 1, RelativeOffsetTolerance = 1e-6 }, Gb, Ib);
    }

    private static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
