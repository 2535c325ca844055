using MedTwin.Physiology.Ode;
using static MedTwin.Tests.Physiology.Ode.Solvers;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>Scheduled discontinuities stop the solver exactly, apply their jumps and restart it.</summary>
public sealed class DiscontinuityTests
{
    private const double Dose = 100;
    private const double Elimination = 0.2;
    private const double Interval = 6;

    private static readonly OdeDiscontinuity[] Boluses = [.. Enumerable.Range(0, 4).Select(k => OdeDiscontinuity.Add(k * Interval, 0, Dose))];

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Solvers))]
    public void Repeated_iv_boluses_every_tau_match_the_superposition_of_single_doses(string solver)
    {
        double[] grid = [.. Enumerable.Range(0, 49).Select(i => i * 0.5)];

        var solution = Named(solver).Solve(TestSystems.Decay(Elimination), 0, [0.0], 24, new OdeOptions { OutputTimes = grid, Discontinuities = Boluses });

        Assert.Equal(grid, solution.Times);
        Assert.All(grid.Select((t, i) => (Exact: Superposition(t), Solved: solution.States[i][0])), pair =>
            Assert.True(Math.Abs(pair.Solved - pair.Exact) <= GlobalErrorFactor(solver) * (1e-8 + (1e-6 * pair.Exact)), $"{pair.Solved:R} vs {pair.Exact:R}"));
    }

    [Fact]
    public void An_output_time_at_a_dose_reports_the_state_after_the_dose()
    {
        var solution = new DormandPrince45().Solve(TestSystems.Decay(Elimination), 0, [0.0], 12, new OdeOptions { OutputTimes = [0, 6, 12], Discontinuities = [.. Boluses.Take(3)] });

        Assert.Equal(Dose, solution.States[0][0]);
        Assert.Equal(Dose + (Dose * Math.Exp(-Elimination * Interval)), solution.States[1][0], 1e-5);
    }

    [Fact]
    public void Every_step_output_reports_the_states_before_and_after_each_dose_at_its_time()
    {
        var solution = new DormandPrince45().Solve(TestSystems.Decay(Elimination), 0, [0.0], 12, new OdeOptions { Discontinuities = [.. Boluses.Take(3)] });

        var atSix = solution.Times.Select((t, i) => (t, i)).Where(p => p.t == Interval).Select(p => solution.States[p.i][0]).ToArray();
        Assert.Equal(2, atSix.Length);
        Assert.Equal(atSix[0] + Dose, atSix[1], 12);
        double[] beforeAndAfterFirstDose = [0, Dose];
        Assert.Equal(beforeAndAfterFirstDose, solution.States.Take(2).Select(s => s[0]));
    }

    [Fact]
    public void A_discontinuity_without_a_jump_only_stops_the_solver_there()
    {
        var infusionStops = new FunctionSystem(1, (t, y, dy) => dy[0] = (t < 2 ? 10 : 0) - (0.5 * y[0]));

        var solution = new DormandPrince45().Solve(infusionStops, 0, [0.0], 4, new OdeOptions { Discontinuities = [new OdeDiscontinuity { Time = 2 }], OutputTimes = [2, 4] });

        var atTwo = 20 * (1 - Math.Exp(-1));
        Assert.Equal(atTwo, solution.States[0][0], 10 * (1e-8 + (1e-6 * atTwo)));
        Assert.Equal(atTwo * Math.Exp(-1), solution.States[1][0], 10 * (1e-8 + (1e-6 * atTwo)));
    }

    private static double Superposition(double time) =>
        Enumerable.Range(0, 4).Where(k => k * Interval <= time).Sum(k => Dose * Math.Exp(-Elimination * (time - (k * Interval))));
}
