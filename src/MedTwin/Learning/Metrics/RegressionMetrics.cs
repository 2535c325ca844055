namespace MedTwin.Learning.Metrics;

/// <summary>Regression metrics from outcomes and predictions, as scikit-learn's functions of the same meaning (1.2).</summary>
public static class RegressionMetrics
{
    /// <summary>The root mean squared error.</summary>
    /// <exception cref="LearningException">Empty or mismatched inputs, or a value that is not finite.</exception>
    public static double Rmse(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        MetricInput.RequireValues(actual, predicted, "RMSE");
        return Math.Sqrt(Enumerable.Range(0, actual.Count).Sum(i => Square(actual[i] - predicted[i])) / actual.Count);
    }

    /// <summary>The mean absolute error.</summary>
    /// <exception cref="LearningException">Empty or mismatched inputs, or a value that is not finite.</exception>
    public static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        MetricInput.RequireValues(actual, predicted, "MAE");
        return Enumerable.Range(0, actual.Count).Sum(i => Math.Abs(actual[i] - predicted[i])) / actual.Count;
    }

    /// <summary>The coefficient of determination, 1 − SS_res / SS_tot; NaN when the outcome is constant (scikit-learn returns 0 or 1 there).</summary>
    /// <exception cref="LearningException">Empty or mismatched inputs, or a value that is not finite.</exception>
    public static double RSquared(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        MetricInput.RequireValues(actual, predicted, "R²");
        var mean = actual.Average();
        var total = actual.Sum(a => Square(a - mean));
        var residual = Enumerable.Range(0, actual.Count).Sum(i => Square(actual[i] - predicted[i]));
        return total == 0 ? double.NaN : 1 - (residual / total);
    }

    private static double Square(double x) => x * x;
}
