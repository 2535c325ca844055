using MedTwin.Physiology.Ode;
using Xunit.Abstractions;
using static MedTwin.Tests.Physiology.Ode.PeerFixtures;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>
/// Robertson's stiff kinetics against SciPy 1.10's Radau at rtol 1e-10, atol 1e-14 (Peers/robertson.py; Radau and LSODA
/// agree there to the relative difference in the fixture's header). Rosenbrock23 runs at rtol 1e-6, atol 1e-14: the
/// absolute tolerance must sit below y2, which falls to 2e-13 by t = 4e10.
/// </summary>
public sealed class RobertsonTests(ITestOutputHelper output)
{
    /// <summary>
    /// A local-error tolerance of 1e-6 does not bound the global error by 1e-6: a second-order method's errors add up
    /// over the steps, so the assertion allows a relative error of 1e-4 per component.
    /// </summary>
    private const double RelativeAgreement = 1e-4;

    private static readonly (double Time, double[] State)[] Peer =
        [.. Rows("robertson-radau-scipy.csv").Select(r => (Number(r[0]), new[] { Number(r[1]), Number(r[2]), Number(r[3]) }))];

    [Fact]
    public void Rosenbrock23_with_the_exact_jacobian_matches_scipy_radau_up_to_t_4e10()
    {
        var solution = Solve(new RobertsonWithJacobian());

        AssertMatchesPeer(solution);
        Assert.Equal(solution.Statistics.Steps, solution.Statistics.JacobianEvaluations);
    }

    [Fact]
    public void Rosenbrock23_with_a_finite_difference_jacobian_matches_scipy_radau_up_to_t_4e10()
    {
        var solution = Solve(new Robertson());

        AssertMatchesPeer(solution);
    }

    [Fact]
    public void Dormand_prince_takes_over_fifty_times_more_steps_than_rosenbrock_to_t_40()
    {
        var options = new OdeOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-10, MaxSteps = 1_000_000 };

        var stiff = new Rosenbrock23().Solve(new RobertsonWithJacobian(), 0, [1.0, 0.0, 0.0], 40, options);
        var explicitSteps = new DormandPrince45().Solve(new Robertson(), 0, [1.0, 0.0, 0.0], 40, options);

        output.WriteLine($"Dormand-Prince {explicitSteps.Statistics}; Rosenbrock23 {stiff.Statistics}");
        Assert.True(explicitSteps.Statistics.Steps > 50 * stiff.Statistics.Steps, $"{explicitSteps.Statistics} vs {stiff.Statistics}");
    }

    private static OdeSolution Solve(IOdeSystem robertson) =>
        new Rosenbrock23().Solve(robertson, 0, [1.0, 0.0, 0.0], Peer[^1].Time, new OdeOptions
        {
            RelativeTolerance = 1e-6,
            AbsoluteTolerance = 1e-14,
            OutputTimes = [.. Peer.Select(p => p.Time)],
        });

    private void AssertMatchesPeer(OdeSolution solution)
    {
        output.WriteLine(solution.Statistics.ToString());
        Assert.Equal(Peer.Length, solution.Times.Count);
        for (var i = 0; i < Peer.Length; i++)
        {
            for (var c = 0; c < 3; c++)
            {
                var relative = Math.Abs(solution.States[i][c] - Peer[i].State[c]) / Math.Abs(Peer[i].State[c]);
                output.WriteLine(FormattableString.Invariant($"y{c + 1}({Peer[i].Time}) relative difference {relative:E1}"));
                Assert.True(relative <= RelativeAgreement, $"y{c + 1}({Peer[i].Time}): {solution.States[i][c]:R} vs {Peer[i].State[c]:R}");
            }
        }
    }
}
