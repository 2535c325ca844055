using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MedTwin.Learning.Linear;

/// <summary>
/// Linear regression by ordinary least squares, or ridge regression. Both solve a least-squares problem by Householder QR
/// in double precision (MathNet.Numerics), never the normal equations, and use no randomness: the seed is ignored.
/// </summary>
public sealed class LinearRegressionTrainer : ITrainer
{
    private readonly double? ridgeAlpha;

    /// <summary>Creates the trainer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The ridge penalty is zero, negative, NaN or infinite.</exception>
    public LinearRegressionTrainer(Options? options = null)
    {
        ridgeAlpha = (options ?? new Options()).RidgeAlpha;
        if (ridgeAlpha is { } alpha && !(double.IsFinite(alpha) && alpha > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                alpha,
                $"The ridge penalty {nameof(Options.RidgeAlpha)} must be a positive finite number; found {alpha.ToString(CultureInfo.InvariantCulture)} (leave it unset for ordinary least squares).");
        }
    }

    /// <inheritdoc />
    public string Name => ridgeAlpha is { } alpha
        ? $"linear regression (ridge, α = {alpha.ToString(CultureInfo.InvariantCulture)})"
        : "linear regression (ordinary least squares)";

    /// <inheritdoc />
    public IReadOnlyList<LearningTask> Tasks { get; } = [LearningTask.Regression];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => ridgeAlpha is { } alpha
        ? new Dictionary<string, string> { ["penalty"] = "ridge", ["alpha"] = alpha.ToString(CultureInfo.InvariantCulture) }
        : new Dictionary<string, string> { ["penalty"] = "none" };

    /// <summary>Fits the model.</summary>
    /// <exception cref="LearningException">
    /// The data are not for regression or have fewer than 2 rows; for ordinary least squares also a constant or collinear
    /// feature (named), or no more rows than coefficients.
    /// </exception>
    public LinearRegressionModel Fit(LearningData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var operation = $"{Name}: training";
        if (data.Task != LearningTask.Regression)
        {
            throw new LearningException(operation, $"the trainer fits {LearningTask.Regression}; the data are labelled for {data.Task}", data.LabelName);
        }

        data.RequireTrainable(operation);
        return ridgeAlpha is { } alpha ? FitRidge(data, alpha) : FitOrdinaryLeastSquares(data, operation);
    }

    /// <inheritdoc />
    ITrainedModel ITrainer.Fit(LearningData data, int seed) => Fit(data);

    private LinearRegressionModel FitOrdinaryLeastSquares(LearningData data, string operation)
    {
        var design = Design.WithIntercept(data);
        Design.RequireFullRank(design, data, operation);
        var y = Vector<double>.Build.DenseOfEnumerable(data.Labels);
        var qr = design.QR(QRMethod.Thin);
        var beta = qr.Solve(y);
        var residuals = y - (design * beta);
        var degreesOfFreedom = data.RowCount - design.ColumnCount;
        var variance = residuals.DotProduct(residuals) / degreesOfFreedom;
        var rInverse = qr.R.Inverse();
        var covariance = variance * rInverse * rInverse.Transpose();
        return new LinearRegressionModel(
            Name, data.FeatureNames, beta[0], [.. beta.Skip(1)], new OrdinaryLeastSquaresFit(covariance.ToArray(), degreesOfFreedom, Math.Sqrt(variance)));
    }

    // Minimises ||y − Xb − b0||² + α||b||² (scikit-learn's Ridge): centring X and y leaves b0 out of the penalty, and the
    // penalty becomes p extra rows √α·I with response 0 under the centred rows.
    private LinearRegressionModel FitRidge(LearningData data, double alpha)
    {
        int n = data.RowCount, p = data.FeatureCount;
        var means = Enumerable.Range(0, p).Select(j => Enumerable.Range(0, n).Sum(i => data[i, j]) / n).ToArray();
        var labelMean = data.Labels.Sum() / n;
        var root = Math.Sqrt(alpha);
        var augmented = Matrix<double>.Build.Dense(n + p, p, (i, j) => i < n ? data[i, j] - means[j] : i - n == j ? root : 0);
        var response = Vector<double>.Build.Dense(n + p, i => i < n ? data.Labels[i] - labelMean : 0);
        var b = augmented.QR(QRMethod.Thin).Solve(response);
        var intercept = labelMean - Enumerable.Range(0, p).Sum(j => means[j] * b[j]);
        return new LinearRegressionModel(Name, data.FeatureNames, intercept, [.. b], ordinaryLeastSquares: null);
    }

    /// <summary>The trainer's settings.</summary>
    public sealed class Options
    {
        /// <summary>
        /// Unset (the default) for ordinary least squares. Set to α &gt; 0 for ridge regression, which minimises
        /// ||y − Xb − b₀||² + α||b||² (the intercept b₀ is not penalised), as scikit-learn's <c>Ridge(alpha)</c>.
        /// The penalty depends on the features' scales: standardise them first if they differ.
        /// </summary>
        public double? RidgeAlpha { get; init; }
    }
}
