namespace MedTwin.Learning.Metrics;

/// <summary>ROC and precision–recall curves for charts: one point per distinct score, from the highest down.</summary>
public static class Curves
{
    /// <summary>
    /// The ROC curve, starting at (0, 0) with threshold +∞ and ending at (1, 1), every distinct score a point (as
    /// scikit-learn's <c>roc_curve(drop_intermediate=False)</c>, whose first threshold is the highest score + 1 instead).
    /// Empty unless both classes are present.
    /// </summary>
    /// <exception cref="LearningException">Empty or mismatched inputs, a label not 0/1, a probability outside [0, 1] or NaN.</exception>
    public static IReadOnlyList<RocPoint> Roc(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        MetricInput.RequireProbabilities(labels, probabilities, "ROC curve");
        var counts = CumulativeCounts(labels, probabilities);
        double positives = labels.Count(l => l == 1), negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return [];
        }

        var points = new List<RocPoint> { new(double.PositiveInfinity, 0, 0) };
        points.AddRange(counts.Select(c => new RocPoint(c.Threshold, c.FalsePositives / negatives, c.TruePositives / positives)));
        return points;
    }

    /// <summary>
    /// The precision–recall curve from the highest score down, one point per distinct score (as scikit-learn 1.2's
    /// <c>precision_recall_curve</c>, in reverse order and without its (recall 0, precision 1) end point). Empty without positives.
    /// </summary>
    /// <exception cref="LearningException">Empty or mismatched inputs, a label not 0/1, a probability outside [0, 1] or NaN.</exception>
    public static IReadOnlyList<PrecisionRecallPoint> PrecisionRecall(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        MetricInput.RequireProbabilities(labels, probabilities, "precision-recall curve");
        double positives = labels.Count(l => l == 1);
        var points = new List<PrecisionRecallPoint>();
        if (positives == 0)
        {
            return points;
        }

        foreach (var (threshold, truePositives, falsePositives) in CumulativeCounts(labels, probabilities))
        {
            points.Add(new PrecisionRecallPoint(threshold, truePositives / (truePositives + falsePositives), truePositives / positives));
        }

        return points;
    }

    private static List<(double Threshold, double TruePositives, double FalsePositives)> CumulativeCounts(
        IReadOnlyList<double> labels, IReadOnlyList<double> scores)
    {
        var order = Enumerable.Range(0, labels.Count).OrderByDescending(i => scores[i]).ToArray();
        var counts = new List<(double, double, double)>();
        double truePositives = 0, falsePositives = 0;
        for (var j = 0; j < order.Length; j++)
        {
            if (labels[order[j]] == 1) { truePositives++; } else { falsePositives++; }

            if (j == order.Length - 1 || scores[order[j + 1]] != scores[order[j]])
            {
                counts.Add((scores[order[j]], truePositives, falsePositives));
            }
        }

        return counts;
    }
}
