using MedTwin.Physiology.Ode;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>Problems the solvers cannot take, and integrations that cannot go on, fail with a message naming what and where.</summary>
public sealed class BadInputTests
{
    private static readonly IOdeSystem Decay = TestSystems.Decay(1);

    public static TheoryData<OdeOptions, string> BadOptions => new()
    {
        { new OdeOptions { RelativeTolerance = 0 }, "RelativeTolerance must be positive and finite; it is 0" },
        { new OdeOptions { RelativeTolerance = -1e-6 }, "RelativeTolerance" },
        { new OdeOptions { RelativeTolerance = double.NaN }, "RelativeTolerance must be positive and finite; it is NaN" },
        { new OdeOptions { RelativeTolerance = double.PositiveInfinity }, "RelativeTolerance must be positive and finite" },
        { new OdeOptions { AbsoluteTolerance = 0 }, "AbsoluteTolerance must be positive and finite; it is 0" },
        { new OdeOptions { AbsoluteTolerance = double.NaN }, "AbsoluteTolerance must be positive and finite; it is NaN" },
        { new OdeOptions { MaxStep = 0 }, "MaxStep must be positive; it is 0" },
        { new OdeOptions { InitialStep = -1 }, "InitialStep must be positive and finite; it is -1" },
        { new OdeOptions { MaxSteps = 0 }, "MaxSteps must be positive; it is 0" },
        { new OdeOptions { OutputTimes = [0, 11] }, "OutputTimes[1] = 11 is outside [0, 10]" },
        { new OdeOptions { OutputTimes = [-1, 1] }, "OutputTimes[0] = -1 is outside [0, 10]" },
        { new OdeOptions { OutputTimes = [0, 2, 2] }, "OutputTimes must be strictly increasing, but OutputTimes[2] = 2 follows 2" },
        { new OdeOptions { Discontinuities = [OdeDiscontinuity.Add(12, 0, 1)] }, "Discontinuities[0].Time = 12 is outside [0, 10]" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Invalid_options_are_refused_with_a_message_naming_the_option(OdeOptions options, string expected)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new DormandPrince45().Solve(Decay, 0, [1.0], 10, options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void An_end_time_before_the_start_time_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DormandPrince45().Solve(Decay, 5, [1.0], 1));

        Assert.Contains("The end time 1 must be after the start time 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initial_state_of_the_wrong_length_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Rosenbrock23().Solve(Decay, 0, [1.0, 2.0], 1));

        Assert.Contains("The initial state has 2 values but the system has Dimension 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Solvers.Names), MemberType = typeof(Solvers))]
    public void A_nan_derivative_fails_naming_the_time_and_the_component(string solver)
    {
        var breaksAtOne = new FunctionSystem(2, (t, y, dy) =>
        {
            dy[0] = -y[0];
            dy[1] = t > 1 ? Math.Sqrt(-1 - t) : 0;
        });

        var error = Assert.Throws<OdeSolverException>(() => Solvers.Named(solver).Solve(breaksAtOne, 0, [1.0, 0.0], 3));

        Assert.Contains("derivative of state component 1 is NaN at t = ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Time > 1);
    }

    [Fact]
    public void A_solution_that_blows_up_fails_with_step_size_underflow_naming_t_and_h()
    {
        var blowsUpAtOne = new FunctionSystem(1, (_, y, dy) => dy[0] = y[0] * y[0]);

        var error = Assert.Throws<OdeSolverException>(() => new DormandPrince45().Solve(blowsUpAtOne, 0, [1.0], 2));

        Assert.Contains("The step size fell to h = ", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Time!.Value, 1e-3);
    }

    [Fact]
    public void Exceeding_max_steps_fails_naming_the_limit_and_the_time_reached()
    {
        var error = Assert.Throws<OdeSolverException>(() =>
            new DormandPrince45().Solve(TestSystems.HarmonicOscillator(2 * Math.PI), 0, [1.0, 0.0], 100, new OdeOptions { MaxSteps = 20 }));

        Assert.Contains("MaxSteps = 20", error.Message, StringComparison.Ordinal);
        Assert.True(error.Time < 100);
    }
}
