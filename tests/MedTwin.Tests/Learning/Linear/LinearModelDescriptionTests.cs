using MedTwin.Learning.Linear;

namespace MedTwin.Tests.Learning.Linear;

public sealed class LinearModelDescriptionTests
{
    [Fact]
    public void A_penalised_logistic_regression_names_its_penalty_and_c_in_invariant_text()
    {
        var trainer = new LogisticRegressionTrainer(new() { Penalty = LogisticPenalty.L1, C = 0.25 });

        Assert.Equal("logistic regression (L1, C = 0.25)", trainer.Name);
        Assert.Equal("l1", trainer.Hyperparameters["penalty"]);
        Assert.Equal("0.25", trainer.Hyperparameters["C"]);
        Assert.Equal("1E-12", trainer.Hyperparameters["tolerance"]);
        Assert.Equal("100", trainer.Hyperparameters["max iterations"]);
    }

    [Fact]
    public void An_unpenalised_logistic_regression_lists_no_c()
    {
        var trainer = new LogisticRegressionTrainer();

        Assert.Equal("logistic regression (unpenalised)", trainer.Name);
        Assert.False(trainer.Hyperparameters.ContainsKey("C"));
    }

    [Fact]
    public void Linear_regression_names_ordinary_least_squares_or_ridge_with_its_alpha()
    {
        Assert.Equal("linear regression (ordinary least squares)", new LinearRegressionTrainer().Name);
        Assert.Equal("linear regression (ridge, α = 2.5)", new LinearRegressionTrainer(new() { RidgeAlpha = 2.5 }).Name);
        Assert.Equal("2.5", new LinearRegressionTrainer(new() { RidgeAlpha = 2.5 }).Hyperparameters["alpha"]);
    }

    [Fact]
    public void The_logistic_coefficient_table_reads_like_r_summary_glm_with_odds_ratios()
    {
        var text = new LogisticRegressionTrainer().Fit(LinearTestData.Pima()).Summary!.ToText();

        var lines = text.Split('\n');
        Assert.Equal(
            "term            estimate   std. error    z value  Pr(>|z|)        2.5 %       97.5 %   odds ratio     OR 2.5 %    OR 97.5 %",
            lines[0]);
        Assert.Equal(
            "pedigree         0.94518     0.299148    3.15958   0.00158     0.358861       1.5315      2.57328       1.4317       4.6251",
            lines[8]);
    }

    [Fact]
    public void The_least_squares_coefficient_table_ends_with_the_residual_standard_error()
    {
        var text = new LinearRegressionTrainer().Fit(LinearTestData.Efron()).Summary!.ToText();

        Assert.StartsWith("term           estimate  std. error    t value  Pr(>|t|)      2.5 %     97.5 %\n", text, StringComparison.Ordinal);
        Assert.EndsWith("Residual standard error: 54.1542 on 431 degrees of freedom\n", text, StringComparison.Ordinal);
    }
}
