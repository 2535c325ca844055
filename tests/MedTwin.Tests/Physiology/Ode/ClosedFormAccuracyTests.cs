using MedTwin.Physiology.Ode;
using static MedTwin.Tests.Physiology.Ode.Solvers;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>Both solvers reproduce closed-form solutions to their tolerance, and tighter tolerances give smaller global errors.</summary>
public sealed class ClosedFormAccuracyTests
{
    private static readonly double[] Tolerances = [1e-4, 1e-6, 1e-8, 1e-10];
    private static readonly double[] Grid = [.. Enumerable.Range(0, 41).Select(i => i * 0.25)];

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Solvers))]
    public void Exponential_decay_matches_its_exponential_within_its_global_error_factor_times_the_tolerance(string solver)
    {
        var solution = Named(solver).Solve(TestSystems.Decay(0.7), 0, [5.0], 10, new OdeOptions { OutputTimes = Grid, RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-8 });

        // A decaying solution carries the absolute error of its larger early values, so the scale is the largest value, 5.
        Assert.Equal(Grid, solution.Times);
        Assert.All(solution.Times.Select((t, i) => (Exact: 5 * Math.Exp(-0.7 * t), Solved: solution.States[i][0])), pair =>
            Assert.True(Math.Abs(pair.Solved - pair.Exact) <= GlobalErrorFactor(solver) * (1e-8 + (1e-6 * 5)), $"{pair.Solved:R} vs {pair.Exact:R}"));
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Solvers))]
    public void Oral_absorption_matches_the_bateman_function_within_its_global_error_factor_times_the_tolerance(string solver)
    {
        const double dose = 100;
        var solution = Named(solver).Solve(TestSystems.OralAbsorption(1.2, 0.15), 0, [dose, 0.0], 10, new OdeOptions { OutputTimes = Grid });

        Assert.All(solution.Times.Select((t, i) => (Exact: TestSystems.Bateman(dose, 1.2, 0.15, t), Solved: solution.States[i][1])), pair =>
            Assert.True(Math.Abs(pair.Solved - pair.Exact) <= GlobalErrorFactor(solver) * (1e-8 + (1e-6 * pair.Exact)), $"{pair.Solved:R} vs {pair.Exact:R}"));
    }

    [Fact]
    public void Harmonic_oscillator_stays_on_its_cosine_over_five_periods()
    {
        const double omega = 2 * Math.PI;
        var solution = new DormandPrince45().Solve(TestSystems.HarmonicOscillator(omega), 0, [1.0, 0.0], 5, new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-10 });

        Assert.True(MaxAbsoluteError(solution, 0, t => Math.Cos(omega * t)) < 1e-6);
        Assert.True(MaxAbsoluteError(solution, 1, t => -omega * Math.Sin(omega * t)) < 1e-5);
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Solvers))]
    public void Global_error_shrinks_as_the_tolerance_does_from_1e_4_to_1e_10(string solver)
    {
        var errors = Tolerances
            .Select(tolerance => Named(solver).Solve(TestSystems.OralAbsorption(1.2, 0.15), 0, [100.0, 0.0], 10, new OdeOptions { OutputTimes = Grid, RelativeTolerance = tolerance, AbsoluteTolerance = tolerance, MaxSteps = 1_000_000 }))
            .Select(solution => MaxAbsoluteError(solution, 1, t => TestSystems.Bateman(100, 1.2, 0.15, t)))
            .ToArray();

        Assert.True(errors[0] < 100 * 1e-4 * 100, string.Join(", ", errors));
        for (var i = 1; i < errors.Length; i++)
        {
            Assert.True(errors[i] < errors[i - 1] / 10, string.Join(", ", errors));
        }
    }
}
