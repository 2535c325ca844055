namespace MedTwin.Learning.Metrics;

/// <summary>
/// A named metric computed from labels and predictions, as validation, bootstrap, tuning and importance use it.
/// <see cref="Compute"/> returns NaN where the metric is undefined for the rows given (e.g. ROC AUC with one class), so
/// callers can count such cases rather than lose them.
/// </summary>
public sealed class Metric
{
    private readonly Func<IReadOnlyList<double>, IReadOnlyList<double>, double> compute;

    /// <summary>Declares a metric.</summary>
    /// <param name="name">The name shown in tables.</param>
    /// <param name="task">The task it scores.</param>
    /// <param name="higherIsBetter">True for scores, false for losses, null when neither (e.g. a calibration slope, best at 1).</param>
    /// <param name="compute">Labels and predictions to the value; NaN when undefined.</param>
    public Metric(string name, LearningTask task, bool? higherIsBetter, Func<IReadOnlyList<double>, IReadOnlyList<double>, double> compute)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(compute);
        Name = name;
        Task = task;
        HigherIsBetter = higherIsBetter;
        this.compute = compute;
    }

    /// <summary>The name shown in tables.</summary>
    public string Name { get; }

    /// <summary>The task it scores.</summary>
    public LearningTask Task { get; }

    /// <summary>True for scores, false for losses, null when neither is better (such a metric cannot rank models).</summary>
    public bool? HigherIsBetter { get; }

    /// <summary>The ROC AUC (Mann–Whitney).</summary>
    public static Metric RocAuc { get; } = new("ROC AUC", LearningTask.BinaryClassification, true, ClassificationMetrics.RocAuc);

    /// <summary>The PR AUC as average precision.</summary>
    public static Metric AveragePrecision { get; } = new("PR AUC", LearningTask.BinaryClassification, true, ClassificationMetrics.AveragePrecision);

    /// <summary>The Brier score.</summary>
    public static Metric BrierScore { get; } = new("Brier score", LearningTask.BinaryClassification, false, ClassificationMetrics.BrierScore);

    /// <summary>The log loss (clipped at 1e-15).</summary>
    public static Metric LogLoss { get; } = new("log loss", LearningTask.BinaryClassification, false, ClassificationMetrics.LogLoss);

    /// <summary>The calibration intercept (in the large); undefined when a probability is exactly 0 or 1.</summary>
    public static Metric CalibrationIntercept { get; } = new(
        "calibration intercept", LearningTask.BinaryClassification, null, (y, p) => Calibration.IsDefinedFor(p) ? Calibration.Fit(y, p).Intercept : double.NaN);

    /// <summary>The calibration slope; undefined when a probability is exactly 0 or 1.</summary>
    public static Metric CalibrationSlope { get; } = new(
        "calibration slope", LearningTask.BinaryClassification, null, (y, p) => Calibration.IsDefinedFor(p) ? Calibration.Fit(y, p).Slope : double.NaN);

    /// <summary>The root mean squared error.</summary>
    public static Metric Rmse { get; } = new("RMSE", LearningTask.Regression, false, RegressionMetrics.Rmse);

    /// <summary>The mean absolute error.</summary>
    public static Metric Mae { get; } = new("MAE", LearningTask.Regression, false, RegressionMetrics.Mae);

    /// <summary>The coefficient of determination.</summary>
    public static Metric RSquared { get; } = new("R²", LearningTask.Regression, true, RegressionMetrics.RSquared);

    /// <summary>Accuracy at a threshold.</summary>
    public static Metric Accuracy(double threshold = 0.5) => AtThreshold("accuracy", threshold, true, ClassificationMetrics.Accuracy);

    /// <summary>Sensitivity at a threshold.</summary>
    public static Metric Sensitivity(double threshold = 0.5) => AtThreshold("sensitivity", threshold, true, ClassificationMetrics.Sensitivity);

    /// <summary>Specificity at a threshold.</summary>
    public static Metric Specificity(double threshold = 0.5) => AtThreshold("specificity", threshold, true, ClassificationMetrics.Specificity);

    /// <summary>Precision at a threshold.</summary>
    public static Metric Precision(double threshold = 0.5) => AtThreshold("precision", threshold, true, ClassificationMetrics.Precision);

    /// <summary>F1 at a threshold.</summary>
    public static Metric F1(double threshold = 0.5) => AtThreshold("F1", threshold, true, ClassificationMetrics.F1);

    /// <summary>Every classification metric, the threshold ones at <paramref name="threshold"/>, in a fixed order.</summary>
    public static IReadOnlyList<Metric> Classification(double threshold = 0.5) =>
    [
        RocAuc, AveragePrecision, BrierScore, LogLoss, CalibrationIntercept, CalibrationSlope,
        Accuracy(threshold), Sensitivity(threshold), Specificity(threshold), Precision(threshold), F1(threshold),
    ];

    /// <summary>Every regression metric, in a fixed order.</summary>
    public static IReadOnlyList<Metric> Regression() => [Rmse, Mae, RSquared];

    /// <summary>The default metrics for a task.</summary>
    public static IReadOnlyList<Metric> For(LearningTask task) => task == LearningTask.Regression ? Regression() : Classification();

    /// <summary>The metric's value; NaN where it is undefined for these rows.</summary>
    /// <exception cref="LearningException">The inputs are invalid (empty, mismatched, NaN, a probability outside [0, 1]).</exception>
    public double Compute(IReadOnlyList<double> labels, IReadOnlyList<double> predictions) => compute(labels, predictions);

    /// <summary>The metric's name.</summary>
    public override string ToString() => Name;

    private static Metric AtThreshold(string name, double threshold, bool higherIsBetter, Func<IReadOnlyList<double>, IReadOnlyList<double>, double, double> compute)
    {
        MetricInput.RequireThreshold(threshold, name);
        var label = threshold == 0.5 ? name : FormattableString.Invariant($"{name} (≥ {threshold:R})");
        return new Metric(label, LearningTask.BinaryClassification, higherIsBetter, (y, p) => compute(y, p, threshold));
    }
}
