namespace MedTwin.Learning.Metrics;

/// <summary>A point of a ROC curve: the rates when rows scoring at least <paramref name="Threshold"/> are called positive.</summary>
/// <param name="Threshold">The score threshold; the first point's is +∞ (nothing called positive).</param>
/// <param name="FalsePositiveRate">1 − specificity.</param>
/// <param name="TruePositiveRate">Sensitivity.</param>
public sealed record RocPoint(double Threshold, double FalsePositiveRate, double TruePositiveRate);

/// <summary>A point of a precision–recall curve: rows scoring at least <paramref name="Threshold"/> are called positive.</summary>
/// <param name="Threshold">The score threshold.</param>
/// <param name="Precision">TP / (TP + FP).</param>
/// <param name="Recall">TP / (TP + FN).</param>
public sealed record PrecisionRecallPoint(double Threshold, double Precision, double Recall);
