namespace MedTwin.Learning.Metrics;

/// <summary>A metric's estimate with its percentile bootstrap confidence interval.</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Estimate">The metric on the rows as given.</param>
/// <param name="Lower">The lower percentile of the defined resample values; NaN when none is defined.</param>
/// <param name="Upper">The upper percentile of the defined resample values; NaN when none is defined.</param>
/// <param name="Level">The confidence level.</param>
/// <param name="Resamples">B, every resample drawn.</param>
/// <param name="UndefinedResamples">How many of them left the metric undefined (e.g. one class for ROC AUC); the percentiles are of the others.</param>
public sealed record MetricInterval(string Metric, double Estimate, double Lower, double Upper, double Level, int Resamples, int UndefinedResamples);
