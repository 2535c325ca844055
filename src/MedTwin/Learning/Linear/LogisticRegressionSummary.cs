using MathNet.Numerics.Distributions;

namespace MedTwin.Learning.Linear;

/// <summary>
/// The inference table of an unpenalised logistic regression: per coefficient the estimate, standard error, Wald z
/// statistic, two-sided p-value and 95% interval from the normal distribution, and the odds ratio with its interval, as
/// R's <c>summary(glm)</c> and <c>exp(cbind(coef(fit), confint.default(fit)))</c>.
/// </summary>
public sealed class LogisticRegressionSummary
{
    internal LogisticRegressionSummary(IReadOnlyList<string> featureNames, double intercept, IReadOnlyList<double> coefficients, double[,] covariance)
    {
        var quantile = Normal.InvCDF(0, 1, 0.975);
        Coefficients = [.. Design.Terms(featureNames).Select((term, j) =>
        {
            var estimate = j == 0 ? intercept : coefficients[j - 1];
            var standardError = Math.Sqrt(covariance[j, j]);
            var statistic = estimate / standardError;
            var lower = estimate - (quantile * standardError);
            var upper = estimate + (quantile * standardError);
            return new LogisticRegressionCoefficient(
                term, estimate, standardError, statistic, 2 * Normal.CDF(0, 1, -Math.Abs(statistic)), lower, upper, Math.Exp(estimate), Math.Exp(lower), Math.Exp(upper));
        })];
    }

    /// <summary>One row per coefficient, intercept first.</summary>
    public IReadOnlyList<LogisticRegressionCoefficient> Coefficients { get; }

    /// <summary>The table as aligned, culture-invariant text.</summary>
    public string ToText() => CoefficientTableText.Write(
        ["term", "estimate", "std. error", "z value", "Pr(>|z|)", "2.5 %", "97.5 %", "odds ratio", "OR 2.5 %", "OR 97.5 %"],
        Coefficients.Select(c => new[]
        {
            c.Term, Number(c.Estimate), Number(c.StandardError), Number(c.ZStatistic), CoefficientTableText.PValue(c.PValue),
            Number(c.Lower95), Number(c.Upper95), Number(c.OddsRatio), Number(c.OddsRatioLower95), Number(c.OddsRatioUpper95),
        }));

    /// <inheritdoc />
    public override string ToString() => ToText();

    private static string Number(double value) => CoefficientTableText.Number(value);
}
