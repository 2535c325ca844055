using MedTwin.Physiology.Ode;
using Xunit.Abstractions;
using static MedTwin.Tests.Physiology.Ode.PeerFixtures;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>
/// DormandPrince45 against SciPy 1.10's solve_ivp(method="RK45") on Lotka–Volterra at the same tolerances. Both run the
/// same algorithm (tableau, error norm, controller, starting step), so step counts agree to within 10% and values to
/// within the tolerance; only the order of floating-point sums differs.
/// </summary>
public sealed class DormandPrincePeerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1e-6, 1e-8)]
    [InlineData(1e-9, 1e-12)]
    public void Lotka_volterra_takes_as_many_steps_as_scipy_rk45_and_agrees_with_it_within_the_tolerance(double rtol, double atol)
    {
        var rows = Rows("lotka-volterra-rk45-scipy.csv").Where(r => Number(r[0]) == rtol && Number(r[1]) == atol).ToArray();
        var peerSteps = rows.Single(r => r[2] == "steps");
        var peerValues = rows.Where(r => r[2] == "value").Select(r => (Time: Number(r[3]), X: Number(r[4]), Y: Number(r[5]))).ToArray();

        var options = new OdeOptions { RelativeTolerance = rtol, AbsoluteTolerance = atol };
        var steps = new DormandPrince45().Solve(TestSystems.LotkaVolterra(), 0, [10.0, 5.0], 15, options);
        var grid = new DormandPrince45().Solve(TestSystems.LotkaVolterra(), 0, [10.0, 5.0], 15, new OdeOptions { RelativeTolerance = rtol, AbsoluteTolerance = atol, OutputTimes = [.. peerValues.Select(v => v.Time)] });

        output.WriteLine($"ours {steps.Statistics}; SciPy steps {peerSteps[4]}, evaluations {peerSteps[5]}");
        output.WriteLine(FormattableString.Invariant($"largest relative difference {peerValues.Select((v, i) => Math.Max(Math.Abs(grid.States[i][0] - v.X) / Math.Abs(v.X), Math.Abs(grid.States[i][1] - v.Y) / Math.Abs(v.Y))).Max():E1}"));
        Assert.InRange(steps.Statistics.Steps, 0.9 * Number(peerSteps[4]), 1.1 * Number(peerSteps[4]));
        Assert.InRange(steps.Statistics.FunctionEvaluations, 0.9 * Number(peerSteps[5]), 1.1 * Number(peerSteps[5]));
        Assert.Equal(steps.Statistics, grid.Statistics);
        Assert.All(peerValues.Select((v, i) => (Peer: v, Ours: grid.States[i])), pair =>
        {
            Assert.True(Math.Abs(pair.Ours[0] - pair.Peer.X) <= atol + (rtol * Math.Abs(pair.Peer.X)), $"x({pair.Peer.Time}): {pair.Ours[0]:R} vs {pair.Peer.X:R}");
            Assert.True(Math.Abs(pair.Ours[1] - pair.Peer.Y) <= atol + (rtol * Math.Abs(pair.Peer.Y)), $"y({pair.Peer.Time}): {pair.Ours[1]:R} vs {pair.Peer.Y:R}");
        });
    }
}
