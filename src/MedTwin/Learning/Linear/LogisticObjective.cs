using MathNet.Numerics.LinearAlgebra;

namespace MedTwin.Learning.Linear;

/// <summary>
/// C·Σ log-loss + penalty(w) over a design [1, X] with 0/1 labels, and the quantities of one Newton step at β: the
/// fitted probabilities μ and the working weights μ(1 − μ).
/// </summary>
internal sealed class LogisticObjective(Matrix<double> design, IReadOnlyList<double> labels, double lossWeight, Func<Vector<double>, double> penalty)
{
    // A weight this small means a probability within 1e-15 of 0 or 1; flooring it keeps the working response finite
    // without moving the solution, where the gradient's weight cancels.
    private const double MinimumWeight = 1e-300;

    public Matrix<double> Design { get; } = design;

    public IReadOnlyList<double> Labels { get; } = labels;

    /// <summary>The C multiplying the summed log-loss (1 for maximum likelihood, where the objective is half the deviance).</summary>
    public double LossWeight { get; } = lossWeight;

    public double Value(Vector<double> beta)
    {
        var eta = Design * beta;
        var loss = 0.0;
        for (var i = 0; i < eta.Count; i++)
        {
            loss += LinearFunctions.LogLoss(eta[i], Labels[i]);
        }

        return (LossWeight * loss) + penalty(beta);
    }

    /// <summary>μᵢ and the floored weights μᵢ(1 − μᵢ) at β.</summary>
    public (double[] Probabilities, double[] Weights) Linearise(Vector<double> beta)
    {
        var eta = Design * beta;
        var probabilities = eta.Select(LinearFunctions.Sigmoid).ToArray();
        return (probabilities, [.. probabilities.Select(mu => Math.Max(mu * (1 - mu), MinimumWeight))]);
    }
}
