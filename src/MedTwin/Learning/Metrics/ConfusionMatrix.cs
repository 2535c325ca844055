namespace MedTwin.Learning.Metrics;

/// <summary>Counts of a binary classification at a threshold: a row is predicted positive when its probability is at least the threshold.</summary>
/// <param name="TruePositives">Positives predicted positive.</param>
/// <param name="FalsePositives">Negatives predicted positive.</param>
/// <param name="TrueNegatives">Negatives predicted negative.</param>
/// <param name="FalseNegatives">Positives predicted negative.</param>
public sealed record ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    /// <summary>All rows.</summary>
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Counts the four cells; the rows are predicted positive when <c>probability ≥ threshold</c>.</summary>
    /// <exception cref="LearningException">Empty or mismatched inputs, a label not 0/1, a probability outside [0, 1] or NaN, a threshold outside (0, 1).</exception>
    public static ConfusionMatrix From(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities, double threshold = 0.5)
    {
        MetricInput.RequireProbabilities(labels, probabilities, "confusion matrix");
        MetricInput.RequireThreshold(threshold, "confusion matrix");
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var predictedPositive = probabilities[i] >= threshold;
            if (labels[i] == 1)
            {
                if (predictedPositive) { tp++; } else { fn++; }
            }
            else if (predictedPositive)
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new ConfusionMatrix(tp, fp, tn, fn);
    }
}
