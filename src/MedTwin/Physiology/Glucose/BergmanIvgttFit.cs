using MedTwin.Physiology.Calibration;
using MedTwin.Physiology.Ode;

namespace MedTwin.Physiology.Glucose;

/// <summary>
/// Calibration of <see cref="BergmanMinimalModel"/> to an IVGTT's glucose samples by <see cref="LevenbergMarquardt"/>
/// (on log parameters, so the intervals are exp(θ ± t·SE)). Parameters, in order: <c>p1</c> (= SG, 1/min),
/// <c>p2</c> (1/min), <c>p3</c> (1/min² per µU/mL); Gb, Ib and G0 are taken as known, and the measured insulin drives
/// the model. SI = p3/p2. The predictions come from an ODE solution at rtol 1e-8, whose error limits the attainable
/// relative offset to about 1e-8: ask for <see cref="LevenbergMarquardtOptions.RelativeOffsetTolerance"/> of 1e-6 (R's
/// nls uses 1e-5), not the default 1e-8.
/// </summary>
public static class BergmanIvgttFit
{
    /// <summary>The parameter names, in order.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["p1", "p2", "p3"];

    /// <summary>The problem for glucose samples (<paramref name="times"/>, <paramref name="glucose"/>) after the bolus at time 0, from the guess.</summary>
    public static CalibrationProblem Problem(
        IReadOnlyList<double> times, IReadOnlyList<double> glucose, InsulinProfile insulin,
        double basalGlucose, double basalInsulin, double initialGlucose, BergmanMinimalModel guess, string name = "Bergman minimal model IVGTT fit")
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(insulin);
        ArgumentNullException.ThrowIfNull(guess);
        var cache = new PredictionCache(times, insulin, basalGlucose, basalInsulin, initialGlucose);
        return new CalibrationProblem
        {
            Name = name,
            ParameterNames = ParameterNames,
            InitialGuess = [guess.P1, guess.P2, guess.P3],
            Times = times,
            Observations = glucose,
            Model = cache.Predict,
        };
    }

    /// <summary>Fits <paramref name="problem"/> (from <see cref="Problem"/>) and returns the model at the estimates, or null when the fit did not converge.</summary>
    public static (CalibrationResult Result, BergmanMinimalModel? Model) Fit(CalibrationProblem problem, LevenbergMarquardtOptions options, double basalGlucose, double basalInsulin)
    {
        var result = LevenbergMarquardt.Fit(problem, options);
        var model = result.Converged
            ? new BergmanMinimalModel { P1 = result["p1"].Value, P2 = result["p2"].Value, P3 = result["p3"].Value, Gb = basalGlucose, Ib = basalInsulin }
            : null;
        return (result, model);
    }

    /// <summary>
    /// The fit asks for one time at a time, but one solve gives all of them: the trace is kept for the last parameter
    /// point and recomputed only when the point changes.
    /// </summary>
    private sealed class PredictionCache(IReadOnlyList<double> times, InsulinProfile insulin, double basalGlucose, double basalInsulin, double initialGlucose)
    {
        private readonly double[] sampleTimes = [.. times.Distinct()];
        private double[] point = [];
        private double[] glucose = [];

        public double Predict(ReadOnlySpan<double> parameters, double time)
        {
            if (!parameters.SequenceEqual(point))
            {
                point = parameters.ToArray();
                var model = new BergmanMinimalModel { P1 = point[0], P2 = point[1], P3 = point[2], Gb = basalGlucose, Ib = basalInsulin };
                glucose = Solve(model);
            }

            return glucose[Array.IndexOf(sampleTimes, time)];
        }

        /// <summary>A point where the solver fails predicts NaN, which the fit treats as a rejected step.</summary>
        private double[] Solve(BergmanMinimalModel model)
        {
            try
            {
                return model.Glucose(initialGlucose, insulin, sampleTimes);
            }
            catch (OdeSolverException)
            {
                return [.. sampleTimes.Select(_ => double.NaN)];
            }
        }
    }
}
