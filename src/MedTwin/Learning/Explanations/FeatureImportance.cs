namespace MedTwin.Learning.Explanations;

/// <summary>How much a metric worsens when one feature's values are shuffled.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="Mean">The mean drop over the repeats (positive: the model relies on the feature).</param>
/// <param name="StandardDeviation">The population standard deviation of the drops, as scikit-learn's <c>importances_std</c>.</param>
/// <param name="Drops">Each repeat's drop.</param>
public sealed record FeatureImportance(string Feature, double Mean, double StandardDeviation, IReadOnlyList<double> Drops);
