using MathNet.Numerics.Distributions;
using MedTwin.Learning.Metrics;
using MedTwin.Learning.Validation;

namespace MedTwin.Learning.Comparison;

/// <summary>
/// DeLong, DeLong and Clarke-Pearson (1988, Biometrics 44:837–845) for two AUCs on the same rows, with the structural
/// components computed from midranks (Sun and Xu 2014), as R's <c>pROC::roc.test(method = "delong")</c>.
/// </summary>
public static class DeLongTest
{
    /// <summary>Compares two models' probabilities on the same labels.</summary>
    /// <exception cref="LearningException">Invalid or mismatched inputs, or fewer than two rows of either class.</exception>
    public static DeLongResult Compare(IReadOnlyList<double> labels, IReadOnlyList<double> probabilitiesA, IReadOnlyList<double> probabilitiesB)
    {
        MetricInput.RequireProbabilities(labels, probabilitiesA, "DeLong's test");
        MetricInput.RequireProbabilities(labels, probabilitiesB, "DeLong's test");
        var positives = Enumerable.Range(0, labels.Count).Where(i => labels[i] == 1).ToArray();
        var negatives = Enumerable.Range(0, labels.Count).Where(i => labels[i] == 0).ToArray();
        if (positives.Length < 2 || negatives.Length < 2)
        {
            throw new LearningException("DeLong's test", $"needs at least 2 rows of each class; found {positives.Length} positive and {negatives.Length} negative");
        }

        var (aucA, v10A, v01A) = Components(probabilitiesA, positives, negatives);
        var (aucB, v10B, v01B) = Components(probabilitiesB, positives, negatives);
        var variance = (DifferenceVariance(v10A, v10B) / positives.Length) + (DifferenceVariance(v01A, v01B) / negatives.Length);
        var standardError = Math.Sqrt(variance);
        var z = standardError == 0 ? 0 : (aucA - aucB) / standardError;
        return new DeLongResult(aucA, aucB, standardError, z, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    /// <summary>Compares two cross-validated models on their pooled out-of-fold predictions of one repeat.</summary>
    /// <exception cref="LearningException">The models were validated on different folds.</exception>
    public static DeLongResult Compare(CrossValidationResult a, CrossValidationResult b, int repeat = 0)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.Folds.Equals(b.Folds))
        {
            throw new LearningException("DeLong's test", $"'{a.TrainerName}' and '{b.TrainerName}' were validated on different folds");
        }

        var predictionsA = a.Predictions.Where(p => p.Repeat == repeat).ToArray();
        var predictionsB = b.Predictions.Where(p => p.Repeat == repeat).ToArray();
        return Compare([.. predictionsA.Select(p => p.Label)], [.. predictionsA.Select(p => p.Prediction)], [.. predictionsB.Select(p => p.Prediction)]);
    }

    private static (double Auc, double[] V10, double[] V01) Components(IReadOnlyList<double> scores, int[] positives, int[] negatives)
    {
        var all = ClassificationMetrics.MidRanks(scores);
        var positiveRanks = ClassificationMetrics.MidRanks([.. positives.Select(i => scores[i])]);
        var negativeRanks = ClassificationMetrics.MidRanks([.. negatives.Select(i => scores[i])]);
        var v10 = positives.Select((row, i) => (all[row] - positiveRanks[i]) / negatives.Length).ToArray();
        var v01 = negatives.Select((row, j) => 1 - ((all[row] - negativeRanks[j]) / positives.Length)).ToArray();
        return (v10.Average(), v10, v01);
    }

    private static double DifferenceVariance(double[] a, double[] b)
    {
        var differences = a.Select((x, i) => x - b[i]).ToArray();
        var mean = differences.Average();
        return differences.Sum(d => (d - mean) * (d - mean)) / (differences.Length - 1);
    }
}
