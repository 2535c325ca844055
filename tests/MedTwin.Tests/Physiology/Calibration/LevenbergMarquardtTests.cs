using MedTwin.Physiology.Calibration;

namespace MedTwin.Tests.Physiology.Calibration;

public sealed class LevenbergMarquardtTests
{
    private static readonly double[] Times = [0.5, 1, 2, 3, 4, 6, 8];

    private static CalibrationProblem Exponential(double[]? observations = null, double[]? times = null, double[]? guess = null) => new()
    {
        Name = "exponential decay",
        ParameterNames = ["c0", "k"],
        InitialGuess = guess ?? [5, 0.5],
        Times = times ?? Times,
        Observations = observations ?? [.. Times.Select((t, i) => (10 * Math.Exp(-0.3 * t)) + (i % 2 == 0 ? 0.05 : -0.05))],
        Model = (p, t) => p[0] * Math.Exp(-p[1] * t),
    };

    private static readonly LevenbergMarquardtOptions Options = new() { Seed = 7 };

    [Fact]
    public void A_noisy_exponential_is_recovered_with_confidence_intervals_that_contain_the_truth()
    {
        var fit = LevenbergMarquardt.Fit(Exponential(), Options);

        Assert.True(fit.Converged, fit.Reason);
        Assert.Equal(10, fit["c0"].Value, 0.1);
        Assert.Equal(0.3, fit["k"].Value, 0.01);
        Assert.InRange(0.3, fit["k"].Lower, fit["k"].Upper);
        Assert.Equal(5, fit.DegreesOfFreedom);
    }

    [Fact]
    public void The_same_seed_gives_bit_identical_fits()
    {
        var problem = OneCompartmentOralFit.Problem(4.02, [0.25, 0.57, 1.12, 2.02, 3.82, 5.1, 7.03, 9.05, 12.12, 24.37], [2.84, 6.57, 10.5, 9.66, 8.58, 8.36, 7.47, 6.89, 5.94, 3.28], 0.08, 1.5, 0.04);

        var first = LevenbergMarquardt.Fit(problem, Options);
        var second = LevenbergMarquardt.Fit(problem, Options);

        Assert.Equal(first.Parameters, second.Parameters);
        Assert.Equal(first.ResidualSumOfSquares, second.ResidualSumOfSquares);
        Assert.Equal(first.Start, second.Start);
        Assert.Equal(first.Reason, second.Reason);
    }

    [Fact]
    public void A_fit_stopped_by_the_iteration_limit_reports_it_and_refuses_to_give_estimates()
    {
        var fit = LevenbergMarquardt.Fit(Exponential(guess: [0.1, 5]), Options with { Starts = 1, MaximumIterations = 1 });

        Assert.Equal(CalibrationStatus.IterationLimit, fit.Status);
        var error = Assert.Throws<CalibrationException>(() => fit.Parameters);
        Assert.Contains("IterationLimit", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 iterations did not meet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_that_only_appear_as_a_product_are_reported_as_a_singular_jacobian_naming_them()
    {
        var problem = new CalibrationProblem
        {
            Name = "confounded",
            ParameterNames = ["a", "b", "k"],
            InitialGuess = [2, 3, 0.5],
            Times = Times,
            Observations = [.. Times.Select((t, i) => (10 * Math.Exp(-0.3 * t)) + (i % 2 == 0 ? 0.05 : -0.05))],
            Model = (p, t) => p[0] * p[1] * Math.Exp(-p[2] * t),
        };

        var fit = LevenbergMarquardt.Fit(problem, Options with { Starts = 2 });

        Assert.Equal(CalibrationStatus.SingularJacobian, fit.Status);
        Assert.Contains("a, b cannot be told apart", fit.Reason, StringComparison.Ordinal);
        Assert.Throws<CalibrationException>(() => fit.Parameters);
    }

    [Fact]
    public void Starting_on_the_flip_flop_side_still_reports_absorption_faster_than_elimination()
    {
        var subject = PharmacokineticProfiles.Theophylline().Single(p => p.Subject == "1");
        var r = PharmacokineticProfiles.Peer("theophylline-nlslist-r.csv")["1"];

        var fit = LevenbergMarquardt.Fit(OneCompartmentOralFit.Problem(subject.Dose, subject.Times, subject.Concentrations, 1.5, 0.08, 0.04), Options with { Starts = 1 });

        Assert.True(fit.Converged, fit.Reason);
        Assert.Equal(r["lKa"], fit["ka"].LogValue, 1e-4);
        Assert.Equal(r["lKe"], fit["ke"].LogValue, 1e-4);
    }

    [Fact]
    public void A_model_that_only_returns_nan_is_reported_as_a_non_finite_prediction()
    {
        var problem = new CalibrationProblem
        {
            Name = "broken",
            ParameterNames = ["k"],
            InitialGuess = [1],
            Times = Times,
            Observations = Times,
            Model = (_, _) => double.NaN,
        };

        var fit = LevenbergMarquardt.Fit(problem, Options with { Starts = 3 });

        Assert.Equal(CalibrationStatus.NonFinitePrediction, fit.Status);
        Assert.Contains("non-finite prediction", fit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_observation_is_refused_with_its_index_and_time_named()
    {
        double[] observations = [9, 8, double.NaN, 4, 3, 1.6, 0.9];

        var error = Assert.Throws<CalibrationException>(() => LevenbergMarquardt.Fit(Exponential(observations), Options));

        Assert.Equal("exponential decay: observation[2] at time 2 must be finite; found NaN", error.Message);
    }

    [Fact]
    public void Times_that_go_backwards_are_refused_with_the_index_named()
    {
        double[] times = [0.5, 1, 3, 2, 4, 6, 8];

        var error = Assert.Throws<CalibrationException>(() => LevenbergMarquardt.Fit(Exponential(times: times), Options));

        Assert.Contains("time[3] = 2 follows time[2] = 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_zero_observations_are_refused()
    {
        var error = Assert.Throws<CalibrationException>(() => LevenbergMarquardt.Fit(Exponential(new double[7]), Options));

        Assert.Contains("all 7 observations are zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_observations_than_parameters_plus_one_are_refused()
    {
        var error = Assert.Throws<CalibrationException>(() => LevenbergMarquardt.Fit(Exponential([3, 2], [1, 2]), Options));

        Assert.Contains("2 parameters need more than 2 observations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_positive_initial_guess_is_refused_because_parameters_are_log_transformed()
    {
        var error = Assert.Throws<CalibrationException>(() => LevenbergMarquardt.Fit(Exponential(guess: [5, -0.5]), Options));

        Assert.Contains("initial guess for 'k' must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_dose_is_refused_before_fitting()
    {
        Assert.Equal("dose", Assert.Throws<ArgumentOutOfRangeException>(() => OneCompartmentOralFit.Problem(-4, Times, Times, 0.1, 1, 0.04)).ParamName);
    }
}
