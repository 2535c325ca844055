namespace MedTwin.Learning.Validation;

/// <summary>A metric's value on one fold; NaN when undefined there (e.g. a fold with one class for ROC AUC).</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Value">The value.</param>
public sealed record MetricValue(string Metric, double Value);
