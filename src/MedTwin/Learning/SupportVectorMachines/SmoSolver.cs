using System.Globalization;

namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>
/// Sequential minimal optimisation for the C-SVC dual, min ½αᵀQα − Σα subject to yᵀα = 0 and 0 ≤ α ≤ C, following
/// libsvm's <c>Solver</c> step for step: the second-order working set selection of Fan, Chen and Lin (2005), the same
/// clipped two-variable update, and the same stopping rule (the maximal KKT violation m(α) − M(α) falls below the
/// tolerance). libsvm's shrinking heuristic is left out: it saves time on large data, and libsvm re-checks the stopping
/// rule on all variables before it stops, so the answer meets the same tolerance without it.
/// </summary>
internal static class SmoSolver
{
    // libsvm's TAU: the curvature assumed where the kernel gives none (a non-positive-definite pair).
    private const double Tau = 1e-12;

    /// <summary>Solves the dual; <paramref name="signs"/> holds yᵢ = ±1.</summary>
    /// <exception cref="LearningException">The stopping rule is not met within the iteration limit.</exception>
    public static SmoSolution Solve(double[][] rows, sbyte[] signs, KernelFunction kernel, double c, double tolerance, int maxIterations, string operation)
    {
        var n = rows.Length;
        var q = new KernelRows(rows, signs, kernel);
        var alpha = new double[n];
        var gradient = Enumerable.Repeat(-1.0, n).ToArray();
        for (var iteration = 0; ; iteration++)
        {
            if (SelectWorkingSet(signs, alpha, gradient, q, c, tolerance) is not var (i, j))
            {
                return new SmoSolution(alpha, Rho(signs, alpha, gradient, c));
            }

            if (iteration == maxIterations)
            {
                throw new LearningException(
                    operation,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"the solver did not reach tolerance {tolerance} within {maxIterations} iterations; raise MaxIterations or Tolerance, or scale the features"));
            }

            var qi = q.Row(i);
            var qj = q.Row(j);
            var oldI = alpha[i];
            var oldJ = alpha[j];
            Update(signs[i] != signs[j], i, j, alpha, gradient, q.Diagonal, qi[j], c);
            var deltaI = alpha[i] - oldI;
            var deltaJ = alpha[j] - oldJ;
            for (var k = 0; k < n; k++)
            {
                gradient[k] += (qi[k] * deltaI) + (qj[k] * deltaJ);
            }
        }
    }

    private static (int I, int J)? SelectWorkingSet(sbyte[] y, double[] alpha, double[] gradient, KernelRows q, double c, double tolerance)
    {
        var gmax = double.NegativeInfinity;
        var gmax2 = double.NegativeInfinity;
        var gmaxIndex = -1;
        for (var t = 0; t < y.Length; t++)
        {
            if (y[t] == 1 ? alpha[t] < c : alpha[t] > 0)
            {
                var violation = -y[t] * gradient[t];
                if (violation >= gmax)
                {
                    gmax = violation;
                    gmaxIndex = t;
                }
            }
        }

        var i = gmaxIndex;
        var qi = i != -1 ? q.Row(i) : null;
        var gminIndex = -1;
        var smallestObjective = double.PositiveInfinity;
        for (var j = 0; j < y.Length; j++)
        {
            if (y[j] == 1 ? alpha[j] <= 0 : alpha[j] >= c)
            {
                continue;
            }

            var violation = y[j] * gradient[j];
            gmax2 = Math.Max(gmax2, violation);
            var gradientDifference = gmax + violation;
            if (gradientDifference > 0)
            {
                var curvature = q.Diagonal[i] + q.Diagonal[j] - (2.0 * y[i] * y[j] * qi![j]);
                var objective = -(gradientDifference * gradientDifference) / (curvature > 0 ? curvature : Tau);
                if (objective <= smallestObjective)
                {
                    gminIndex = j;
                    smallestObjective = objective;
                }
            }
        }

        return gmax + gmax2 < tolerance || gminIndex == -1 ? null : (i, gminIndex);
    }

    /// <summary>Moves αᵢ and αⱼ to the minimum along the constraint yᵀα = 0, then clips both into [0, C] on that line.</summary>
    private static void Update(bool opposite, int i, int j, double[] alpha, double[] gradient, double[] diagonal, double qij, double c)
    {
        if (opposite)
        {
            var curvature = diagonal[i] + diagonal[j] + (2 * qij);
            var delta = (-gradient[i] - gradient[j]) / (curvature > 0 ? curvature : Tau);
            var difference = alpha[i] - alpha[j];
            alpha[i] += delta;
            alpha[j] += delta;
            if (difference > 0 && alpha[j] < 0)
            {
                alpha[j] = 0;
                alpha[i] = difference;
            }
            else if (difference <= 0 && alpha[i] < 0)
            {
                alpha[i] = 0;
                alpha[j] = -difference;
            }

            if (difference > 0 && alpha[i] > c)
            {
                alpha[i] = c;
                alpha[j] = c - difference;
            }
            else if (difference <= 0 && alpha[j] > c)
            {
                alpha[j] = c;
                alpha[i] = c + difference;
            }
        }
        else
        {
            var curvature = diagonal[i] + diagonal[j] - (2 * qij);
            var delta = (gradient[i] - gradient[j]) / (curvature > 0 ? curvature : Tau);
            var sum = alpha[i] + alpha[j];
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > c && alpha[i] > c)
            {
                alpha[i] = c;
                alpha[j] = sum - c;
            }
            else if (sum <= c && alpha[j] < 0)
            {
                alpha[j] = 0;
                alpha[i] = sum;
            }

            if (sum > c && alpha[j] > c)
            {
                alpha[j] = c;
                alpha[i] = sum - c;
            }
            else if (sum <= c && alpha[i] < 0)
            {
                alpha[i] = 0;
                alpha[j] = sum;
            }
        }
    }

    /// <summary>The offset ρ: the mean of yᵢ∇ᵢ over free variables, or the middle of the feasible interval if none is free.</summary>
    private static double Rho(sbyte[] y, double[] alpha, double[] gradient, double c)
    {
        var upper = double.PositiveInfinity;
        var lower = double.NegativeInfinity;
        var freeCount = 0;
        var freeSum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var yg = y[i] * gradient[i];
            var atUpperBound = alpha[i] >= c;
            if (atUpperBound || alpha[i] <= 0)
            {
                // At a bound, yᵢ∇ᵢ limits ρ from above or below, depending on which bound and which class.
                if (atUpperBound == (y[i] == -1))
                {
                    upper = Math.Min(upper, yg);
                }
                else
                {
                    lower = Math.Max(lower, yg);
                }
            }
            else
            {
                freeCount++;
                freeSum += yg;
            }
        }

        return freeCount > 0 ? freeSum / freeCount : (upper + lower) / 2;
    }
}

/// <summary>The dual variables αᵢ and the offset ρ of the decision function Σ αᵢyᵢK(xᵢ, x) − ρ.</summary>
internal sealed record SmoSolution(double[] Alpha, double Rho);
