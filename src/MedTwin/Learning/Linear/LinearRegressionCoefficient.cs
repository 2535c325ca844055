namespace MedTwin.Learning.Linear;

/// <summary>One row of an ordinary least-squares coefficient table, as R's <c>summary(lm)</c> and <c>confint(lm)</c> give it.</summary>
/// <param name="Term">"(intercept)" or the feature's name.</param>
/// <param name="Estimate">The coefficient.</param>
/// <param name="StandardError">√ of the diagonal of σ̂²(XᵀX)⁻¹, with σ̂² = RSS / (n − p − 1).</param>
/// <param name="TStatistic">Estimate / standard error.</param>
/// <param name="PValue">Two-sided, from Student's t with n − p − 1 degrees of freedom.</param>
/// <param name="Lower95">Estimate − t₀.₉₇₅ × standard error.</param>
/// <param name="Upper95">Estimate + t₀.₉₇₅ × standard error.</param>
public sealed record LinearRegressionCoefficient(
    string Term, double Estimate, double StandardError, double TStatistic, double PValue, double Lower95, double Upper95);
