namespace MedTwin.Learning.Comparison;

/// <summary>The corrected resampled t-test of two models' fold values of one metric.</summary>
/// <param name="Metric">The metric compared.</param>
/// <param name="MeanDifference">The mean over folds of model A's value minus model B's.</param>
/// <param name="StandardError">√((1/J + n_test/n_train) · s²), the Nadeau–Bengio corrected standard error.</param>
/// <param name="T">MeanDifference / StandardError.</param>
/// <param name="DegreesOfFreedom">J − 1, J the number of folds (repeats × k).</param>
/// <param name="PValue">The two-sided p-value from Student's t with <paramref name="DegreesOfFreedom"/>.</param>
public sealed record PairedTestResult(string Metric, double MeanDifference, double StandardError, double T, int DegreesOfFreedom, double PValue);
