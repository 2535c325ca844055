namespace MedTwin.Learning.Metrics;

/// <summary>
/// Binary classification metrics from 0/1 labels and predicted probabilities of class 1. Each equals scikit-learn's
/// function of the same meaning (1.2). A metric that is undefined for the rows given (e.g. sensitivity without positives,
/// ROC AUC with one class) is <see cref="double.NaN"/>; the inputs themselves are checked and never repaired.
/// </summary>
public static class ClassificationMetrics
{
    /// <summary>The log-loss clipping bound, as scikit-learn's <c>log_loss(eps=1e-15)</c>: a fixed bound, whatever the input's type.</summary>
    public const double LogLossEpsilon = 1e-15;

    /// <summary>The share of rows classified correctly at <paramref name="threshold"/>.</summary>
    public static double Accuracy(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities, double threshold = 0.5)
    {
        var m = ConfusionMatrix.From(labels, probabilities, threshold);
        return (m.TruePositives + m.TrueNegatives) / (double)m.Total;
    }

    /// <summary>Sensitivity (recall, true positive rate): TP / (TP + FN); NaN without positives.</summary>
    public static double Sensitivity(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities, double threshold = 0.5)
    {
        var m = ConfusionMatrix.From(labels, probabilities, threshold);
        return Ratio(m.TruePositives, m.TruePositives + m.FalseNegatives);
    }

    /// <summary>Specificity (true negative rate): TN / (TN + FP); NaN without negatives.</summary>
    public static double Specificity(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities, double threshold = 0.5)
    {
        var m = ConfusionMatrix.From(labels, probabilities, threshold);
        return Ratio(m.TrueNegatives, m.TrueNegatives + m.FalsePositives);
    }

    /// <summary>Precision (positive predictive value): TP / (TP + FP); NaN when no row is predicted positive (scikit-learn warns and returns 0).</summary>
    public static double Precision(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities, double threshold = 0.5)
    {
        var m = ConfusionMatrix.From(labels, probabilities, threshold);
        return Ratio(m.TruePositives, m.TruePositives + m.FalsePositives);
    }

    /// <summary>F1: 2TP / (2TP + FP + FN); NaN when there are no positives and none is predicted.</summary>
    public static double F1(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities, double threshold = 0.5)
    {
        var m = ConfusionMatrix.From(labels, probabilities, threshold);
        return Ratio(2 * m.TruePositives, (2 * m.TruePositives) + m.FalsePositives + m.FalseNegatives);
    }

    /// <summary>
    /// The area under the ROC curve, computed as the Mann–Whitney statistic: the probability that a random positive scores
    /// above a random negative, ties counting one half (midranks). NaN unless both classes are present.
    /// </summary>
    public static double RocAuc(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        MetricInput.RequireProbabilities(labels, probabilities, "ROC AUC");
        var ranks = MidRanks(probabilities);
        double positives = 0, rankSum = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == 1)
            {
                positives++;
                rankSum += ranks[i];
            }
        }

        var negatives = labels.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    /// <summary>
    /// The area under the precision–recall curve as average precision, Σ (Rₙ − Rₙ₋₁) Pₙ over the distinct thresholds from
    /// the highest score down, as scikit-learn's <c>average_precision_score</c> (no interpolation). NaN without positives.
    /// </summary>
    public static double AveragePrecision(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        MetricInput.RequireProbabilities(labels, probabilities, "PR AUC");
        var points = Curves.PrecisionRecall(labels, probabilities);
        if (points.Count == 0)
        {
            return double.NaN;
        }

        double area = 0, previousRecall = 0;
        foreach (var point in points)
        {
            area += (point.Recall - previousRecall) * point.Precision;
            previousRecall = point.Recall;
        }

        return area;
    }

    /// <summary>The Brier score: the mean squared difference between probability and label.</summary>
    public static double BrierScore(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        MetricInput.RequireProbabilities(labels, probabilities, "Brier score");
        double sum = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var difference = labels[i] - probabilities[i];
            sum += difference * difference;
        }

        return sum / labels.Count;
    }

    /// <summary>
    /// The mean negative log-likelihood. As scikit-learn's <c>log_loss(eps=1e-15)</c> (the default before 1.2; 1.2's
    /// default <c>"auto"</c> clips at the machine epsilon 2.2e-16 instead), each probability is first clipped to
    /// [<see cref="LogLossEpsilon"/>, 1 − <see cref="LogLossEpsilon"/>] so a confident mistake costs about 34.5 instead of
    /// infinity, and the two class probabilities are renormalised to sum to one.
    /// </summary>
    public static double LogLoss(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        MetricInput.RequireProbabilities(labels, probabilities, "log loss");
        double sum = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var positive = Math.Clamp(probabilities[i], LogLossEpsilon, 1 - LogLossEpsilon);
            var negative = 1 - positive;
            var total = negative + positive;
            sum -= Math.Log((labels[i] == 1 ? positive : negative) / total);
        }

        return sum / labels.Count;
    }

    internal static double[] MidRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var j = start; j <= end; j++)
            {
                ranks[order[j]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : numerator / (double)denominator;
}
