using MedTwin.Physiology.Ode;
using static MedTwin.Tests.Physiology.Ode.Solvers;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>Threshold crossings are located on the dense output, filtered by direction, and may end the integration.</summary>
public sealed class EventTests
{
    private const double Rate = 0.2;
    private static readonly double CrossingOfTen = Math.Log(10) / Rate;

    private static OdeEvent BelowTen(EventDirection direction = EventDirection.Both, bool terminal = false) =>
        new() { Name = "below 10", Function = (_, y) => y[0] - 10, Direction = direction, IsTerminal = terminal };

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Solvers))]
    public void Decay_crosses_a_threshold_at_the_time_its_logarithm_gives(string solver)
    {
        var solution = Named(solver).Solve(TestSystems.Decay(Rate), 0, [100.0], 20, new OdeOptions { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-12, Events = [BelowTen()] });

        var crossing = Assert.Single(solution.Events);
        Assert.Equal("below 10", crossing.Name);
        Assert.Equal(EventDirection.Falling, crossing.Direction);
        Assert.Equal(CrossingOfTen, crossing.Time, Solvers.GlobalErrorFactor(solver) * 1e-7);
        Assert.Equal(10, crossing.State[0], 1e-6);
        Assert.Null(solution.StoppedBy);
        Assert.Equal(20, solution.Times[^1]);
    }

    [Fact]
    public void A_crossing_in_the_other_direction_is_not_reported()
    {
        var solution = new DormandPrince45().Solve(TestSystems.Decay(Rate), 0, [100.0], 20, new OdeOptions { Events = [BelowTen(EventDirection.Rising)] });

        Assert.Empty(solution.Events);
    }

    [Fact]
    public void A_terminal_event_stops_the_integration_at_the_crossing()
    {
        var solution = new DormandPrince45().Solve(TestSystems.Decay(Rate), 0, [100.0], 20, new OdeOptions { Events = [BelowTen(terminal: true)], OutputTimes = [0, 5, 10, 15, 20] });

        Assert.NotNull(solution.StoppedBy);
        Assert.Equal(CrossingOfTen, solution.StoppedBy.Time, 1e-4);
        double[] beforeTheCrossing = [0, 5, 10];
        Assert.Equal(beforeTheCrossing, solution.Times);
    }

    [Fact]
    public void A_terminal_event_ends_every_step_output_with_the_crossing_state()
    {
        var solution = new DormandPrince45().Solve(TestSystems.Decay(Rate), 0, [100.0], 20, new OdeOptions { Events = [BelowTen(terminal: true)] });

        Assert.Equal(solution.StoppedBy!.Time, solution.Times[^1]);
        Assert.Equal(10, solution.States[^1][0], 1e-6);
    }

    [Fact]
    public void A_terminal_crossing_caused_by_a_bolus_ends_the_output_with_the_state_after_the_dose()
    {
        var toxic = new OdeEvent { Name = "toxic", Function = (_, y) => y[0] - 50, Direction = EventDirection.Rising, IsTerminal = true };

        var solution = new Rosenbrock23().Solve(TestSystems.Decay(Rate), 0, [20.0], 10, new OdeOptions { Events = [toxic], Discontinuities = [OdeDiscontinuity.Add(3, 0, 100)] });

        Assert.Equal(3, solution.StoppedBy!.Time);
        Assert.Equal(3, solution.Times[^1]);
        Assert.Equal(2, solution.Times.Count(t => t == 3));
        Assert.Equal(solution.States[^2][0] + 100, solution.States[^1][0], 12);
    }

    [Fact]
    public void A_bolus_that_lifts_the_state_over_a_threshold_is_a_rising_crossing_at_the_dose_time()
    {
        var aboveFifty = new OdeEvent { Name = "above 50", Function = (_, y) => y[0] - 50, Direction = EventDirection.Rising };

        var solution = new DormandPrince45().Solve(TestSystems.Decay(Rate), 0, [20.0], 10, new OdeOptions { Events = [aboveFifty], Discontinuities = [OdeDiscontinuity.Add(3, 0, 100)] });

        var crossing = Assert.Single(solution.Events);
        Assert.Equal(3, crossing.Time);
        Assert.Equal(EventDirection.Rising, crossing.Direction);
    }
}
