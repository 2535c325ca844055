using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MedTwin.Learning.Linear;

/// <summary>
/// Newton–Raphson (iteratively reweighted least squares) for unpenalised and L2-penalised logistic regression. Each step
/// solves its weighted least-squares problem by QR of √W·[1, X] (as R's glm does), with the L2 penalty as extra rows,
/// and is halved while it would increase the objective.
/// </summary>
internal static class NewtonLogisticSolver
{
    private const int MaximumHalvings = 60;

    /// <summary>Minimises <paramref name="objective"/> whose penalty is <paramref name="ridge"/>·½||w||² (0 for none).</summary>
    /// <exception cref="LearningException">The relative change in the objective did not fall below the tolerance.</exception>
    public static Vector<double> Minimise(LogisticObjective objective, double ridge, double tolerance, int maximumIterations, string operation)
    {
        var design = objective.Design;
        int n = design.RowCount, columns = design.ColumnCount;
        var penaltyRows = ridge > 0 ? columns - 1 : 0;
        var beta = Vector<double>.Build.Dense(columns);
        var value = objective.Value(beta);
        var change = double.NaN;
        for (var iteration = 1; iteration <= maximumIterations; iteration++)
        {
            var eta = design * beta;
            var (probabilities, weights) = objective.Linearise(beta);
            var rootWeights = weights.Select(w => Math.Sqrt(objective.LossWeight * w)).ToArray();

            // Row i: √(C·wᵢ)·xᵢ against √(C·wᵢ)·zᵢ, with the working response zᵢ = ηᵢ + (yᵢ − μᵢ)/wᵢ; then √ridge·eⱼ against 0.
            var system = Matrix<double>.Build.Dense(n + penaltyRows, columns, (i, j) => i < n ? rootWeights[i] * design[i, j] : i - n + 1 == j ? Math.Sqrt(ridge) : 0);
            var response = Vector<double>.Build.Dense(
                n + penaltyRows,
                i => i < n ? (rootWeights[i] * eta[i]) + (objective.LossWeight * (objective.Labels[i] - probabilities[i]) / rootWeights[i]) : 0);
            var next = system.QR(QRMethod.Thin).Solve(response);
            var nextValue = objective.Value(next);
            for (var halving = 0; !(nextValue <= value) && halving < MaximumHalvings; halving++)
            {
                next = (beta + next) / 2;
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
            $"Newton–Raphson did not converge in {maximumIterations} iterations (the last relative change in the objective was {change.ToString("G3", CultureInfo.InvariantCulture)}, above {tolerance.ToString(CultureInfo.InvariantCulture)}); raise MaxIterations or check the data");
    }

    /// <summary>The inverse Fisher information (XᵀWX)⁻¹ at β, from the QR of √W·X.</summary>
    public static double[,] Covariance(LogisticObjective objective, Vector<double> beta)
    {
        var (_, weights) = objective.Linearise(beta);
        var design = objective.Design;
        var weighted = Matrix<double>.Build.Dense(design.RowCount, design.ColumnCount, (i, j) => Math.Sqrt(weights[i]) * design[i, j]);
        var rInverse = weighted.QR(QRMethod.Thin).R.Inverse();
        return (rInverse * rInverse.Transpose()).ToArray();
    }
}
