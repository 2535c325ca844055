using MedTwin.Learning.Linear;

namespace MedTwin.Tests.Learning.Linear;

public sealed class LinearRegressionPeerTests
{
    // Peer: R 4.2.2, lm(progression ~ ., data = efron); summary() and confint(); written by Peers/linear_models.R.
    // Both solve by Householder QR; the largest differences measured were 7e-14 (estimates) and 2e-15 (errors).
    [Fact]
    public void Ordinary_least_squares_on_efron_diabetes_equals_r_lm_to_1e_9_relative()
    {
        var summary = new LinearRegressionTrainer().Fit(LinearTestData.Efron()).Summary!;

        Assert.Equal(PeerValues.R.Terms("ols_efron"), summary.Coefficients.Select(c => c.Term));
        LinearTestData.EqualRelative(PeerValues.R.Column("ols_efron", "estimate"), [.. summary.Coefficients.Select(c => c.Estimate)], 1e-9);
        LinearTestData.EqualRelative(PeerValues.R.Column("ols_efron", "std_error"), [.. summary.Coefficients.Select(c => c.StandardError)], 1e-9);
    }

    // Peer: R 4.2.2 as above. The t statistics follow from estimates and errors; the p-values and intervals also test
    // MathNet's Student t (442 − 11 = 431 degrees of freedom) against R's pt and qt (largest difference measured: 7e-13).
    [Fact]
    public void Ordinary_least_squares_t_tests_and_intervals_equal_r_summary_lm_and_confint()
    {
        var summary = new LinearRegressionTrainer().Fit(LinearTestData.Efron()).Summary!;

        Assert.Equal(431, summary.ResidualDegreesOfFreedom);
        LinearTestData.EqualRelative(PeerValues.R.Column("ols_efron", "statistic"), [.. summary.Coefficients.Select(c => c.TStatistic)], 1e-9);
        LinearTestData.EqualRelative(PeerValues.R.Column("ols_efron", "p_value"), [.. summary.Coefficients.Select(c => c.PValue)], 1e-9);
        LinearTestData.EqualRelative(PeerValues.R.Column("ols_efron", "lower"), [.. summary.Coefficients.Select(c => c.Lower95)], 1e-9);
        LinearTestData.EqualRelative(PeerValues.R.Column("ols_efron", "upper"), [.. summary.Coefficients.Select(c => c.Upper95)], 1e-9);
    }

    // Peer: scikit-learn 1.2.1, Ridge(alpha=10, solver='cholesky') on the raw Efron features; Peers/linear_models.py.
    // Both solve the same linear system directly (sklearn by Cholesky of the normal equations, MedTwin by QR), so they
    // differ only by rounding amplified by the system's conditioning: 8e-14 measured; 1e-10 leaves room for other CPUs.
    [Fact]
    public void Ridge_regression_on_efron_diabetes_equals_scikit_learn_ridge()
    {
        var model = new LinearRegressionTrainer(new() { RidgeAlpha = 10 }).Fit(LinearTestData.Efron());

        Assert.Null(model.Summary);
        LinearTestData.EqualRelative(PeerValues.ScikitLearn.Column("ridge_efron", "estimate"), [model.Intercept, .. model.Coefficients], 1e-10);
    }
}
