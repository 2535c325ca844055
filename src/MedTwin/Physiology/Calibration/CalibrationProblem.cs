using System.Globalization;

namespace MedTwin.Physiology.Calibration;

/// <summary>
/// A nonlinear least-squares problem: observations at times, a model predicting them from positive parameters, and an
/// initial guess. Parameters are estimated on the log scale, which keeps them positive and usually makes the
/// least-squares surface closer to quadratic.
/// </summary>
public sealed class CalibrationProblem
{
    /// <summary>Name used in messages (e.g. <c>theophylline subject 1</c>).</summary>
    public string Name { get; init; } = "calibration";

    /// <summary>Parameter names, in the order the model receives them.</summary>
    public required IReadOnlyList<string> ParameterNames { get; init; }

    /// <summary>Initial guess on the natural scale; every value positive.</summary>
    public required IReadOnlyList<double> InitialGuess { get; init; }

    /// <summary>Observation times, non-decreasing (h).</summary>
    public required IReadOnlyList<double> Times { get; init; }

    /// <summary>Observed values, one per time.</summary>
    public required IReadOnlyList<double> Observations { get; init; }

    /// <summary>The model.</summary>
    public required PredictionFunction Model { get; init; }

    /// <summary>
    /// For models with equivalent parameter points (e.g. the flip-flop ka ↔ k of the Bateman function), maps a point on
    /// the log scale to the one to report. It must not change any prediction; standard errors are computed after it.
    /// </summary>
    public Action<Span<double>>? Canonicalise { get; init; }

    /// <summary>Checks the problem; throws <see cref="CalibrationException"/> naming the first thing wrong.</summary>
    public void Validate()
    {
        var p = ParameterNames.Count;
        if (p == 0 || InitialGuess.Count != p || ParameterNames.Distinct(StringComparer.Ordinal).Count() != p)
        {
            Fail($"{p} distinct parameter names and as many initial values are needed; found {p} names ({string.Join(", ", ParameterNames)}) and {InitialGuess.Count} values");
        }

        for (var j = 0; j < p; j++)
        {
            if (!double.IsFinite(InitialGuess[j]) || InitialGuess[j] <= 0)
            {
                Fail($"the initial guess for '{ParameterNames[j]}' must be positive and finite (parameters are log-transformed); found {Format(InitialGuess[j])}");
            }
        }

        if (Times.Count != Observations.Count)
        {
            Fail($"there are {Times.Count} times but {Observations.Count} observations");
        }

        if (Observations.Count <= p)
        {
            Fail($"{p} parameters need more than {p} observations (the residual variance has n − p degrees of freedom); found {Observations.Count}");
        }

        for (var i = 0; i < Times.Count; i++)
        {
            if (!double.IsFinite(Times[i]))
            {
                Fail($"time[{i}] must be finite; found {Format(Times[i])}");
            }

            if (i > 0 && Times[i] < Times[i - 1])
            {
                Fail($"times must not decrease; time[{i}] = {Format(Times[i])} follows time[{i - 1}] = {Format(Times[i - 1])}");
            }

            if (!double.IsFinite(Observations[i]))
            {
                Fail($"observation[{i}] at time {Format(Times[i])} must be finite; found {Format(Observations[i])}");
            }
        }

        if (Observations.All(y => y == 0))
        {
            Fail($"all {Observations.Count} observations are zero: there is nothing to fit");
        }
    }

    private void Fail(string problem) => throw new CalibrationException(Name, problem);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
