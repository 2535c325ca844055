using MathNet.Numerics.Distributions;
using MedTwin.Learning.Validation;

namespace MedTwin.Learning.Comparison;

/// <summary>
/// The corrected resampled t-test of Nadeau and Bengio (2003, "Inference for the generalization error", Machine Learning
/// 52:239–281) for two models scored on the same J folds: the fold differences' variance is inflated by n_test/n_train to
/// account for the overlap of training sets, which the naive paired t-test ignores (and so rejects too often).
/// </summary>
public static class CorrectedResampledTTest
{
    /// <summary>Tests model A against model B on one metric.</summary>
    /// <exception cref="LearningException">Different folds, fewer than two folds, or a fold where the metric is undefined.</exception>
    public static PairedTestResult Compare(CrossValidationResult a, CrossValidationResult b, string metric)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        const string Operation = "corrected resampled t-test";
        if (!a.Folds.Equals(b.Folds))
        {
            throw new LearningException(Operation, $"'{a.TrainerName}' and '{b.TrainerName}' were validated on different folds; the test needs the same folds");
        }

        var folds = a.Folds.Items;
        if (folds.Count < 2)
        {
            throw new LearningException(Operation, $"needs at least 2 folds; found {folds.Count}");
        }

        var valuesA = a.FoldValues(metric);
        var valuesB = b.FoldValues(metric);
        var differences = new double[folds.Count];
        for (var j = 0; j < folds.Count; j++)
        {
            differences[j] = valuesA[j] - valuesB[j];
            if (double.IsNaN(differences[j]))
            {
                throw new LearningException(Operation, $"'{metric}' is undefined on repeat {folds[j].Repeat + 1}, fold {folds[j].Index + 1}");
            }
        }

        var mean = differences.Average();
        var variance = differences.Sum(d => (d - mean) * (d - mean)) / (folds.Count - 1);
        var testToTraining = folds.Average(f => f.TestRows.Count / (double)f.TrainingRows.Count);
        var standardError = Math.Sqrt(((1.0 / folds.Count) + testToTraining) * variance);
        var degrees = folds.Count - 1;
        var t = standardError == 0 ? (mean == 0 ? 0 : Math.CopySign(double.PositiveInfinity, mean)) : mean / standardError;
        var p = 2 * StudentT.CDF(0, 1, degrees, -Math.Abs(t));
        return new PairedTestResult(metric, mean, standardError, t, degrees, p);
    }
}
