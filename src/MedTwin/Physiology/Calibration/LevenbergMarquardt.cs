using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace MedTwin.Physiology.Calibration;

/// <summary>
/// Nonlinear least squares by Levenberg–Marquardt (Marquardt 1963: damping λ·diag(JᵀJ), λ divided by 10 after an accepted
/// step and multiplied by 10 after a rejected one) on log-transformed parameters, from several starts, keeping the
/// converged start with the smallest residual sum of squares (the earliest on a tie). The Jacobian is taken by central
/// differences on the log scale. Convergence is the relative-offset criterion of Bates &amp; Watts, as in R's nls; the
/// fit then checks that JᵀJ is invertible and reports σ²·(JᵀJ)⁻¹ with σ² = RSS/(n − p).
/// </summary>
/// <remarks>
/// Written here rather than taken from MathNet's LevenbergMarquardtMinimizer because the fit must say exactly why it
/// stopped (criterion met, iteration limit, no descent, singular JᵀJ, non-finite model) and test the relative offset
/// that R uses, so results can be compared with R criterion for criterion; MathNet's minimiser stops on gradient,
/// step and function tolerances instead.
/// </remarks>
public static class LevenbergMarquardt
{
    private const double InitialDamping = 1e-3;
    private const double LargestDamping = 1e16;

    /// <summary>Fits <paramref name="problem"/>; a bad problem throws, a failed fit is returned with its status and reason.</summary>
    /// <exception cref="CalibrationException">The problem is invalid (see <see cref="CalibrationProblem.Validate"/>).</exception>
    public static CalibrationResult Fit(CalibrationProblem problem, LevenbergMarquardtOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        problem.Validate();
        var random = new Random(options.Seed);
        var guess = problem.InitialGuess.Select(g => Math.Log(g)).ToArray();
        CalibrationResult? best = null;
        for (var start = 0; start < options.Starts; start++)
        {
            var point = start == 0 ? guess : [.. guess.Select(g => g + (options.StartSpread * StandardNormal(random)))];
            var result = Run(problem, options, point, start);
            if (best is null || IsBetter(result, best))
            {
                best = result;
            }
        }

        return best!;
    }

    private static bool IsBetter(CalibrationResult candidate, CalibrationResult incumbent) =>
        candidate.Converged != incumbent.Converged
            ? candidate.Converged
            : Comparable(candidate.ResidualSumOfSquares) < Comparable(incumbent.ResidualSumOfSquares);

    /// <summary>A start that never produced a finite prediction has no RSS; it ranks after every start that did.</summary>
    private static double Comparable(double rss) => double.IsNaN(rss) ? double.PositiveInfinity : rss;

    private static double StandardNormal(Random random)
    {
        // Box–Muller; 1 − NextDouble() lies in (0, 1], so the logarithm is finite.
        var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
        return radius * Math.Cos(2 * Math.PI * random.NextDouble());
    }

    private static CalibrationResult Run(CalibrationProblem problem, LevenbergMarquardtOptions options, double[] point, int start)
    {
        var residuals = Residuals(problem, point);
        if (residuals is null)
        {
            return Stopped(problem, CalibrationStatus.NonFinitePrediction, $"start {start}: the model gave a non-finite prediction at the starting point", point, double.NaN, 0, start);
        }

        var rss = SumOfSquares(residuals);
        var damping = InitialDamping;
        for (var iteration = 0; iteration < options.MaximumIterations; iteration++)
        {
            var jacobian = Jacobian(problem, point);
            if (jacobian is null)
            {
                return Stopped(problem, CalibrationStatus.NonFinitePrediction, $"start {start}: the model gave a non-finite prediction while differentiating at iteration {iteration}", point, rss, iteration, start);
            }

            var (normal, gradient) = NormalEquations(jacobian, residuals);
            var offset = RelativeOffset(normal, gradient, rss);
            if (offset <= options.RelativeOffsetTolerance)
            {
                var reason = string.Create(CultureInfo.InvariantCulture, $"relative offset {offset:G3} ≤ {options.RelativeOffsetTolerance:G3} after {iteration} iterations from start {start}");
                return Finish(problem, options, point, reason, iteration, start);
            }

            while (true)
            {
                if (damping > LargestDamping)
                {
                    var reason = string.Create(CultureInfo.InvariantCulture, $"start {start}: no step reduces the residual sum of squares {rss:G6} at iteration {iteration} (relative offset {offset:G3})");
                    return Unless(Singularity(problem, options, point), problem, CalibrationStatus.NoDescent, reason, point, rss, iteration, start);
                }

                if (TryStep(problem, point, normal, gradient, damping, rss, out var trial, out var trialResiduals, out var trialRss))
                {
                    (point, residuals, rss) = (trial, trialResiduals, trialRss);
                    damping = Math.Max(damping / 10, 1e-12);
                    break;
                }

                damping *= 10;
            }
        }

        var limit = string.Create(CultureInfo.InvariantCulture, $"start {start}: {options.MaximumIterations} iterations did not meet the relative-offset tolerance {options.RelativeOffsetTolerance:G3}");
        return Unless(Singularity(problem, options, point), problem, CalibrationStatus.IterationLimit, limit, point, rss, options.MaximumIterations, start);
    }

    private static bool TryStep(
        CalibrationProblem problem, double[] point, double[,] normal, double[] gradient, double damping, double rss,
        out double[] trial, out double[] trialResiduals, out double trialRss)
    {
        var p = point.Length;
        var largest = Enumerable.Range(0, p).Max(j => normal[j, j]);
        var damped = (double[,])normal.Clone();
        for (var j = 0; j < p; j++)
        {
            damped[j, j] += damping * Math.Max(normal[j, j], 1e-12 * largest);
        }

        trial = point;
        trialResiduals = [];
        trialRss = double.NaN;
        if (!CholeskySolver.TrySolve(damped, gradient, out var step))
        {
            return false;
        }

        trial = [.. point.Select((value, j) => value + step[j])];
        var candidate = Residuals(problem, trial);
        if (candidate is null)
        {
            return false;
        }

        trialResiduals = candidate;
        trialRss = SumOfSquares(candidate);
        return trialRss < rss;
    }

    private static CalibrationResult Finish(CalibrationProblem problem, LevenbergMarquardtOptions options, double[] point, string reason, int iterations, int start)
    {
        problem.Canonicalise?.Invoke(point);
        var residuals = Residuals(problem, point)!;
        var rss = SumOfSquares(residuals);
        var singular = Singularity(problem, options, point);
        if (singular is not null)
        {
            return Stopped(problem, CalibrationStatus.SingularJacobian, $"start {start}: {singular}", point, rss, iterations, start);
        }

        var (normal, _) = NormalEquations(Jacobian(problem, point)!, residuals);
        var n = problem.Observations.Count;
        var p = point.Length;
        var variance = rss / (n - p);
        var quantile = StudentT.InvCDF(0, 1, n - p, 1 - ((1 - options.ConfidenceLevel) / 2));
        var estimates = new ParameterEstimate[p];
        for (var j = 0; j < p; j++)
        {
            var unit = new double[p];
            unit[j] = 1;
            if (!CholeskySolver.TrySolve(normal, unit, out var column))
            {
                return Stopped(problem, CalibrationStatus.SingularJacobian, $"start {start}: JᵀJ could not be inverted for the standard errors", point, rss, iterations, start);
            }

            var logError = Math.Sqrt(variance * column[j]);
            var value = Math.Exp(point[j]);
            estimates[j] = new(problem.ParameterNames[j], value, point[j], logError, value * logError,
                Math.Exp(point[j] - (quantile * logError)), Math.Exp(point[j] + (quantile * logError)));
        }

        return new(problem.Name, CalibrationStatus.Converged, reason, Natural(point), estimates, rss, n, iterations, start);
    }

    private static CalibrationResult Unless(string? singular, CalibrationProblem problem, CalibrationStatus status, string reason, double[] point, double rss, int iterations, int start) =>
        singular is null
            ? Stopped(problem, status, reason, point, rss, iterations, start)
            : Stopped(problem, CalibrationStatus.SingularJacobian, $"{reason}; {singular}", point, rss, iterations, start);

    private static CalibrationResult Stopped(CalibrationProblem problem, CalibrationStatus status, string reason, double[] point, double rss, int iterations, int start) =>
        new(problem.Name, status, reason, Natural(point), null, rss, problem.Observations.Count, iterations, start);

    /// <summary>Null when JᵀJ, scaled to unit diagonal, is well conditioned; otherwise the reason, naming the parameters that are confounded.</summary>
    private static string? Singularity(CalibrationProblem problem, LevenbergMarquardtOptions options, double[] point)
    {
        var jacobian = Jacobian(problem, point);
        if (jacobian is null)
        {
            return null;
        }

        var (normal, _) = NormalEquations(jacobian, new double[problem.Observations.Count]);
        var p = point.Length;
        var flat = Enumerable.Range(0, p).Where(j => normal[j, j] == 0).Select(j => problem.ParameterNames[j]).ToArray();
        if (flat.Length > 0)
        {
            return $"JᵀJ is singular: the predictions do not depend on {string.Join(", ", flat)}";
        }

        var scaled = Matrix<double>.Build.Dense(p, p, (i, j) => normal[i, j] / Math.Sqrt(normal[i, i] * normal[j, j]));
        var evd = scaled.Evd(Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues.Select(e => e.Real).ToArray();
        var smallest = Array.IndexOf(eigenvalues, eigenvalues.Min());
        var ratio = eigenvalues[smallest] / eigenvalues.Max();
        if (ratio >= options.SingularityThreshold)
        {
            return null;
        }

        var direction = evd.EigenVectors.Column(smallest);
        var involved = Enumerable.Range(0, p).Where(j => Math.Abs(direction[j]) >= 0.1).Select(j => problem.ParameterNames[j]);
        return string.Create(CultureInfo.InvariantCulture, $"JᵀJ is singular (smallest/largest eigenvalue of the scaled matrix {ratio:G3} < {options.SingularityThreshold:G3}): {string.Join(", ", involved)} cannot be told apart from these data");
    }

    /// <summary>‖P·r‖/‖(I − P)·r‖ with ‖P·r‖² = gᵀ(JᵀJ)⁻¹g; infinite when JᵀJ cannot be inverted, 0 for an exact fit.</summary>
    private static double RelativeOffset(double[,] normal, double[] gradient, double rss)
    {
        if (!CholeskySolver.TrySolve(normal, gradient, out var solution))
        {
            return double.PositiveInfinity;
        }

        var projected = gradient.Select((g, j) => g * solution[j]).Sum();
        var orthogonal = rss - projected;
        return projected <= 0 ? 0 : orthogonal <= 0 ? double.PositiveInfinity : Math.Sqrt(projected / orthogonal);
    }

    private static (double[,] Normal, double[] Gradient) NormalEquations(double[,] jacobian, double[] residuals)
    {
        var n = jacobian.GetLength(0);
        var p = jacobian.GetLength(1);
        var normal = new double[p, p];
        var gradient = new double[p];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                gradient[j] += jacobian[i, j] * residuals[i];
                for (var k = 0; k <= j; k++)
                {
                    normal[j, k] += jacobian[i, j] * jacobian[i, k];
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            for (var k = j + 1; k < p; k++)
            {
                normal[j, k] = normal[k, j];
            }
        }

        return (normal, gradient);
    }

    /// <summary>∂prediction/∂ln θ by central differences; null if a prediction is not finite.</summary>
    private static double[,]? Jacobian(CalibrationProblem problem, double[] point)
    {
        var n = problem.Times.Count;
        var p = point.Length;
        var jacobian = new double[n, p];
        var shifted = (double[])point.Clone();
        for (var j = 0; j < p; j++)
        {
            var step = 1e-6 * Math.Max(1, Math.Abs(point[j]));
            shifted[j] = point[j] + step;
            var up = Predictions(problem, shifted);
            shifted[j] = point[j] - step;
            var down = Predictions(problem, shifted);
            shifted[j] = point[j];
            if (up is null || down is null)
            {
                return null;
            }

            for (var i = 0; i < n; i++)
            {
                jacobian[i, j] = (up[i] - down[i]) / (2 * step);
            }
        }

        return jacobian;
    }

    private static double[]? Residuals(CalibrationProblem problem, double[] point)
    {
        var predictions = Predictions(problem, point);
        return predictions is null ? null : [.. predictions.Select((f, i) => problem.Observations[i] - f)];
    }

    private static double[]? Predictions(CalibrationProblem problem, double[] point)
    {
        var natural = Natural(point);
        if (natural.Any(v => !double.IsFinite(v) || v == 0))
        {
            return null;
        }

        var predictions = new double[problem.Times.Count];
        for (var i = 0; i < predictions.Length; i++)
        {
            predictions[i] = problem.Model(natural, problem.Times[i]);
            if (!double.IsFinite(predictions[i]))
            {
                return null;
            }
        }

        return predictions;
    }

    private static double[] Natural(double[] point) => [.. point.Select(v => Math.Exp(v))];

    private static double SumOfSquares(double[] residuals) => residuals.Sum(r => r * r);
}
