using MedTwin.Learning;
using MedTwin.Learning.Linear;

namespace MedTwin.Tests.Learning.Linear;

// Independent of any peer: the fitted coefficients satisfy the optimality conditions of the objectives the trainer
// documents, C·Σ log-loss + ½||w||² (L2) and C·Σ log-loss + ||w||₁ (L1), with the intercept unpenalised.
public sealed class LogisticRegressionOptimalityTests
{
    private const double C = 0.1;

    private static double[] LossGradient(LogisticRegressionModel model, LearningData data)
    {
        var gradient = new double[data.FeatureCount + 1];
        for (var i = 0; i < data.RowCount; i++)
        {
            var residual = C * (model.Predict(data.Row(i)) - data.Labels[i]);
            gradient[0] += residual;
            for (var j = 0; j < data.FeatureCount; j++)
            {
                gradient[j + 1] += residual * data[i, j];
            }
        }

        return gradient;
    }

    [Fact]
    public void The_l2_fit_zeroes_the_gradient_of_c_times_the_log_loss_plus_half_the_squared_norm()
    {
        var data = LinearTestData.PimaStandardised();
        var model = new LogisticRegressionTrainer(new() { Penalty = LogisticPenalty.L2, C = C }).Fit(data);

        var gradient = LossGradient(model, data);

        Assert.InRange(gradient[0], -1e-9, 1e-9);
        for (var j = 0; j < data.FeatureCount; j++)
        {
            Assert.InRange(gradient[j + 1] + model.Coefficients[j], -1e-9, 1e-9);
        }
    }

    [Fact]
    public void The_l1_fit_meets_the_subgradient_conditions_of_c_times_the_log_loss_plus_the_l1_norm()
    {
        var data = LinearTestData.PimaStandardised();
        var model = new LogisticRegressionTrainer(new() { Penalty = LogisticPenalty.L1, C = C }).Fit(data);

        var gradient = LossGradient(model, data);

        Assert.InRange(gradient[0], -1e-9, 1e-9);
        for (var j = 0; j < data.FeatureCount; j++)
        {
            var coefficient = model.Coefficients[j];
            if (coefficient == 0)
            {
                Assert.InRange(Math.Abs(gradient[j + 1]), 0, 1);
            }
            else
            {
                Assert.InRange(gradient[j + 1] + Math.Sign(coefficient), -1e-9, 1e-9);
            }
        }
    }
}
