namespace MedTwin.Charts;

/// <summary>One curve of a chart (e.g. a model's ROC curve): its legend name and its points, in drawing order.</summary>
/// <param name="Name">The legend entry, e.g. <c>logistic regression (AUC 0.84)</c>.</param>
/// <param name="X">The points' x values.</param>
/// <param name="Y">The points' y values, as many as <paramref name="X"/>.</param>
public sealed record CurveSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y);
