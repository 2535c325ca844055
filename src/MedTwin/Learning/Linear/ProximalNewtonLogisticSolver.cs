using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace MedTwin.Learning.Linear;

/// <summary>
/// L1-penalised logistic regression, C·Σ log-loss + Σⱼ≥₁ |βⱼ|, by proximal Newton with coordinate descent (the
/// newGLMNET method of liblinear and glmnet): each outer step minimises the loss's quadratic model plus the L1 norm by
/// cyclic coordinate descent, then backtracks along that direction until the objective falls enough.
/// </summary>
/// <remarks>
/// ML.NET's LbfgsLogisticRegressionBinaryTrainer is not used: it reads features as 32-bit floats and stops at an
/// optimisation tolerance near 1e-7, so its coefficients could not match a double-precision peer closely. This solver is
/// in double throughout and sequential, so a refit is bit-identical.
/// </remarks>
internal static class ProximalNewtonLogisticSolver
{
    private const int MaximumSweeps = 100_000;
    private const double SweepTolerance = 1e-14;
    private const double SufficientDecrease = 0.01;
    private const int MaximumHalvings = 60;

    /// <exception cref="LearningException">The relative change in the objective did not fall below the tolerance.</exception>
    public static Vector<double> Minimise(LogisticObjective objective, double tolerance, int maximumIterations, string operation)
    {
        var design = objective.Design;
        int n = design.RowCount, columns = design.ColumnCount;
        var beta = Vector<double>.Build.Dense(columns);
        var value = objective.Value(beta);
        var change = double.NaN;
        for (var iteration = 1; iteration <= maximumIterations; iteration++)
        {
            var (probabilities, weights) = objective.Linearise(beta);
            var c = objective.LossWeight;
            var gradient = new double[columns];
            var curvature = new double[columns];
            for (var j = 0; j < columns; j++)
            {
                for (var i = 0; i < n; i++)
                {
                    gradient[j] += c * (probabilities[i] - objective.Labels[i]) * design[i, j];
                    curvature[j] += c * weights[i] * design[i, j] * design[i, j];
                }
            }

            var target = MinimiseQuadraticModel(design, weights, c, beta, gradient, curvature);
            var direction = target - beta;
            var predictedDecrease = direction.DotProduct(Vector<double>.Build.DenseOfArray(gradient)) + L1(target) - L1(beta);
            var step = 1.0;
            var next = target;
            var nextValue = objective.Value(next);
            for (var halving = 0; !(nextValue <= value + (SufficientDecrease * step * predictedDecrease)) && halving < MaximumHalvings; halving++)
            {
                step /= 2;
                next = beta + (step * direction);
                nextValue = objective.Value(next);
            }

            if (!(nextValue <= value))
            {
                return beta;
            }

            change = Math.Abs(value - nextValue) / (Math.Abs(nextValue) + 0.1);
            beta = next;
            value = nextValue;
            if (change < tolerance)
            {
                return beta;
            }
        }

        throw new LearningException(
            operation,
            $"proximal Newton did not converge in {maximumIterations} iterations (the last relative change in the objective was {change.ToString("G3", CultureInfo.InvariantCulture)}, above {tolerance.ToString(CultureInfo.InvariantCulture)}); raise MaxIterations or standardise the features");
    }

    /// <summary>Σⱼ≥₁ |βⱼ|: the intercept is not penalised.</summary>
    public static double L1(Vector<double> beta) => beta.Skip(1).Sum(Math.Abs);

    // Minimises gᵀd + ½ C·dᵀXᵀWXd + ||β + d||₁ over d by cyclic coordinate descent, keeping Xd up to date; returns β + d.
    private static Vector<double> MinimiseQuadraticModel(
        Matrix<double> design, double[] weights, double c, Vector<double> beta, double[] gradient, double[] curvature)
    {
        int n = design.RowCount, columns = design.ColumnCount;
        var target = beta.Clone();
        var moved = new double[n];
        for (var sweep = 0; sweep < MaximumSweeps; sweep++)
        {
            var largestChange = 0.0;
            for (var j = 0; j < columns; j++)
            {
                if (curvature[j] == 0)
                {
                    continue;
                }

                var slope = gradient[j];
                for (var i = 0; i < n; i++)
                {
                    slope += c * weights[i] * design[i, j] * moved[i];
                }

                var unpenalised = target[j] - (slope / curvature[j]);
                var updated = j == 0 ? unpenalised : SoftThreshold(unpenalised, 1 / curvature[j]);
                var delta = updated - target[j];
                if (delta == 0)
                {
                    continue;
                }

                target[j] = updated;
                for (var i = 0; i < n; i++)
                {
                    moved[i] += delta * design[i, j];
                }

                largestChange = Math.Max(largestChange, Math.Abs(delta) * Math.Sqrt(curvature[j]));
            }

            if (largestChange <= SweepTolerance * (1 + target.AbsoluteMaximum()))
            {
                break;
            }
        }

        return target;
    }

    private static double SoftThreshold(double value, double threshold) =>
        value > threshold ? value - threshold : value < -threshold ? value + threshold : 0;
}
