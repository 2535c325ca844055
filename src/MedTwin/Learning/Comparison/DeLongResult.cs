namespace MedTwin.Learning.Comparison;

/// <summary>DeLong's test of two correlated ROC AUCs on the same rows.</summary>
/// <param name="AucA">Model A's AUC.</param>
/// <param name="AucB">Model B's AUC.</param>
/// <param name="StandardError">The standard error of the difference.</param>
/// <param name="Z">(AucA − AucB) / StandardError.</param>
/// <param name="PValue">The two-sided p-value from the standard normal.</param>
public sealed record DeLongResult(double AucA, double AucB, double StandardError, double Z, double PValue)
{
    /// <summary>AucA − AucB.</summary>
    public double Difference => AucA - AucB;
}
