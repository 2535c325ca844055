using MedTwin.Physiology.Ode;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>The same problem solved twice gives the same bits.</summary>
public sealed class DeterminismTests
{
    [Theory]
    [MemberData(nameof(Solvers.Names), MemberType = typeof(Solvers))]
    public void Two_runs_give_bit_identical_times_states_and_events(string solver)
    {
        var options = new OdeOptions
        {
            Discontinuities = [OdeDiscontinuity.Add(12, 1, 50)],
            Events = [new OdeEvent { Name = "peak", Function = (_, y) => (1.2 * y[0]) - (0.15 * y[1]) }],
        };

        var first = Solvers.Named(solver).Solve(TestSystems.OralAbsorption(1.2, 0.15), 0, [100.0, 0.0], 24, options);
        var second = Solvers.Named(solver).Solve(TestSystems.OralAbsorption(1.2, 0.15), 0, [100.0, 0.0], 24, options);

        Assert.Equal(Bits(first), Bits(second));
        Assert.Equal(first.Statistics, second.Statistics);
        Assert.NotEmpty(first.Events);
    }

    private static long[] Bits(OdeSolution solution) =>
    [
        .. solution.Times.Select(BitConverter.DoubleToInt64Bits),
        .. solution.States.SelectMany(s => s).Select(BitConverter.DoubleToInt64Bits),
        .. solution.Events.SelectMany(e => e.State.Prepend(e.Time)).Select(BitConverter.DoubleToInt64Bits),
    ];
}
