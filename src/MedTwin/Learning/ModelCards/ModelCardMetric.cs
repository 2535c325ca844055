namespace MedTwin.Learning.ModelCards;

/// <summary>One validated metric of a model card: its estimate and confidence interval.</summary>
/// <param name="Name">The metric, e.g. <c>ROC AUC</c>.</param>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">The lower confidence limit.</param>
/// <param name="Upper">The upper confidence limit.</param>
public sealed record ModelCardMetric(string Name, double Estimate, double Lower, double Upper);
