namespace MedTwin.Learning.Linear;

/// <summary>
/// One row of a logistic regression's coefficient table, as R's <c>summary(glm)</c>, <c>confint.default(fit)</c> and
/// <c>exp(confint.default(fit))</c> give it: Wald statistics from the normal distribution.
/// </summary>
/// <param name="Term">"(intercept)" or the feature's name.</param>
/// <param name="Estimate">The coefficient, in log-odds.</param>
/// <param name="StandardError">√ of the diagonal of the inverse Fisher information (XᵀWX)⁻¹ at the estimate.</param>
/// <param name="ZStatistic">Estimate / standard error.</param>
/// <param name="PValue">Two-sided, from the standard normal.</param>
/// <param name="Lower95">Estimate − z₀.₉₇₅ × standard error.</param>
/// <param name="Upper95">Estimate + z₀.₉₇₅ × standard error.</param>
/// <param name="OddsRatio">e^estimate: the odds ratio per unit of the feature (for the intercept, the odds when every feature is 0).</param>
/// <param name="OddsRatioLower95">e^<paramref name="Lower95"/>.</param>
/// <param name="OddsRatioUpper95">e^<paramref name="Upper95"/>.</param>
public sealed record LogisticRegressionCoefficient(
    string Term,
    double Estimate,
    double StandardError,
    double ZStatistic,
    double PValue,
    double Lower95,
    double Upper95,
    double OddsRatio,
    double OddsRatioLower95,
    double OddsRatioUpper95);
