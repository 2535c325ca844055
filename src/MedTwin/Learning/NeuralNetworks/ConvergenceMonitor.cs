namespace MedTwin.Learning.NeuralNetworks;

/// <summary>
/// scikit-learn's stopping rule for its stochastic solvers. Without early stopping an epoch counts as no improvement when
/// its training loss exceeds the best so far minus the tolerance; with early stopping, when the validation score
/// (accuracy, or R² for regression) is below the best plus the tolerance, and the network with the best score is kept.
/// Training stops once more than <c>patience</c> epochs in a row did not improve.
/// </summary>
internal sealed class ConvergenceMonitor(double tolerance, int patience)
{
    private double bestLoss = double.PositiveInfinity;
    private double bestScore = double.NegativeInfinity;
    private int epochsWithoutImprovement;

    /// <summary>The network with the best validation score so far (early stopping only).</summary>
    public Network? Best { get; private set; }

    public bool ShouldStop => epochsWithoutImprovement > patience;

    public void AfterTrainingLoss(double loss)
    {
        epochsWithoutImprovement = loss > bestLoss - tolerance ? epochsWithoutImprovement + 1 : 0;
        bestLoss = Math.Min(bestLoss, loss);
    }

    public void AfterValidation(Network network, LearningData data, IReadOnlyList<int> rows)
    {
        var score = data.Task == LearningTask.BinaryClassification ? Accuracy(network, data, rows) : RSquared(network, data, rows);
        epochsWithoutImprovement = score < bestScore + tolerance ? epochsWithoutImprovement + 1 : 0;
        if (score > bestScore)
        {
            bestScore = score;
            Best = network.Clone();
        }
    }

    // scikit-learn's binary classifier predicts the positive class when the probability exceeds 0.5.
    private static double Accuracy(Network network, LearningData data, IReadOnlyList<int> rows) =>
        rows.Count(i => (network.Predict(data.Row(i)) > 0.5 ? 1.0 : 0.0) == data.Labels[i]) / (double)rows.Count;

    private static double RSquared(Network network, LearningData data, IReadOnlyList<int> rows)
    {
        var mean = rows.Average(i => data.Labels[i]);
        var residual = rows.Sum(i => Math.Pow(data.Labels[i] - network.Predict(data.Row(i)), 2));
        var total = rows.Sum(i => Math.Pow(data.Labels[i] - mean, 2));
        // scikit-learn's r2_score for a constant validation label: 1 when predicted exactly, else 0.
        return total > 0 ? 1 - (residual / total) : residual == 0 ? 1 : 0;
    }
}
