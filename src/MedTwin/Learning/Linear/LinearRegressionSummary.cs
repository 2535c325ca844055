using MathNet.Numerics.Distributions;

namespace MedTwin.Learning.Linear;

/// <summary>
/// The inference table of an ordinary least-squares fit: per coefficient the estimate, standard error, t statistic,
/// two-sided p-value and 95% confidence interval from Student's t with n − p − 1 degrees of freedom, as R's
/// <c>summary(lm)</c> and <c>confint(lm)</c>.
/// </summary>
public sealed class LinearRegressionSummary
{
    internal LinearRegressionSummary(IReadOnlyList<string> featureNames, double intercept, IReadOnlyList<double> coefficients, OrdinaryLeastSquaresFit fit)
    {
        ResidualDegreesOfFreedom = fit.ResidualDegreesOfFreedom;
        ResidualStandardError = fit.ResidualStandardError;
        var t = new StudentT(0, 1, ResidualDegreesOfFreedom);
        var quantile = t.InverseCumulativeDistribution(0.975);
        var terms = Design.Terms(featureNames);
        Coefficients = [.. terms.Select((term, j) =>
        {
            var estimate = j == 0 ? intercept : coefficients[j - 1];
            var standardError = Math.Sqrt(fit.Covariance[j, j]);
            var statistic = estimate / standardError;
            return new LinearRegressionCoefficient(
                term, estimate, standardError, statistic, 2 * t.CumulativeDistribution(-Math.Abs(statistic)),
                estimate - (quantile * standardError), estimate + (quantile * standardError));
        })];
    }

    /// <summary>One row per coefficient, intercept first.</summary>
    public IReadOnlyList<LinearRegressionCoefficient> Coefficients { get; }

    /// <summary>n − p − 1.</summary>
    public int ResidualDegreesOfFreedom { get; }

    /// <summary>σ̂ = √(RSS / (n − p − 1)).</summary>
    public double ResidualStandardError { get; }

    /// <summary>The table as aligned, culture-invariant text.</summary>
    public string ToText() => CoefficientTableText.Write(
        ["term", "estimate", "std. error", "t value", "Pr(>|t|)", "2.5 %", "97.5 %"],
        Coefficients.Select(c => new[]
        {
            c.Term, Number(c.Estimate), Number(c.StandardError), Number(c.TStatistic), CoefficientTableText.PValue(c.PValue), Number(c.Lower95), Number(c.Upper95),
        }),
        $"Residual standard error: {Number(ResidualStandardError)} on {ResidualDegreesOfFreedom} degrees of freedom");

    /// <inheritdoc />
    public override string ToString() => ToText();

    private static string Number(double value) => CoefficientTableText.Number(value);
}
