using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace MedTwin.Learning.Linear;

/// <summary>The design matrix of a linear model: a column of ones for the intercept, then the features in order.</summary>
/// <remarks>
/// MathNet's managed provider (its default, and the one MedTwin uses) parallelises a QR or a product only by
/// splitting whole columns or output elements between threads, never a sum, so the thread count cannot change a result.
/// </remarks>
internal static class Design
{
    /// <summary>The intercept's name in coefficient tables.</summary>
    public const string InterceptTerm = "(intercept)";

    // R's lm drops a column whose QR pivot falls below 1e-7 of its norm; the same tolerance names the column here.
    private const double CollinearityTolerance = 1e-7;

    /// <summary>The n × (p + 1) matrix [1, X].</summary>
    public static Matrix<double> WithIntercept(LearningData data) =>
        Matrix<double>.Build.Dense(data.RowCount, data.FeatureCount + 1, (i, j) => j == 0 ? 1 : data[i, j - 1]);

    /// <summary>The intercept's name followed by the features'.</summary>
    public static IReadOnlyList<string> Terms(IReadOnlyList<string> featureNames) => [InterceptTerm, .. featureNames];

    /// <summary>
    /// Throws unless every coefficient of [1, X] can be estimated: no feature is constant and none is a linear combination
    /// of the intercept and the features before it. The message names the first such feature.
    /// </summary>
    public static void RequireFullRank(Matrix<double> design, LearningData data, string operation)
    {
        if (data.RowCount <= design.ColumnCount)
        {
            throw new LearningException(
                operation,
                $"needs more rows than coefficients to estimate standard errors; found {data.RowCount} rows for {design.ColumnCount} coefficients");
        }
        for (var j = 0; j < data.FeatureCount; j++)
        {
            var first = data[0, j];
            if (Enumerable.Range(0, data.RowCount).All(i => data[i, j] == first))
            {
                throw new LearningException(
                    operation,
                    $"the feature is constant (every row is {first.ToString(CultureInfo.InvariantCulture)}), so its coefficient cannot be told apart from the intercept; drop it",
                    data.FeatureNames[j]);
            }
        }

        // Scaled to unit length, each column's R diagonal is the sine of its angle to the span of the columns before it.
        var scaled = design.NormalizeColumns(2.0);
        var r = scaled.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).R;
        for (var j = 1; j < design.ColumnCount; j++)
        {
            if (Math.Abs(r[j, j]) < CollinearityTolerance)
            {
                var before = string.Join(", ", Terms(data.FeatureNames).Take(j));
                throw new LearningException(
                    operation,
                    $"the feature is a linear combination of {before} (collinear), so its coefficient cannot be estimated; drop it or use a penalty",
                    data.FeatureNames[j - 1]);
            }
        }
    }
}
