namespace MedTwin.Learning.Linear;

/// <summary>The logistic link and loss, computed without overflow for any finite linear predictor.</summary>
internal static class LinearFunctions
{
    /// <summary>1 / (1 + e^−η).</summary>
    public static double Sigmoid(double eta)
    {
        if (eta >= 0)
        {
            return 1 / (1 + Math.Exp(-eta));
        }

        var e = Math.Exp(eta);
        return e / (1 + e);
    }

    /// <summary>The negative log-likelihood of one 0/1 label: log(1 + e^η) − yη.</summary>
    public static double LogLoss(double eta, double label) =>
        Math.Max(eta, 0) + Math.Log(1 + Math.Exp(-Math.Abs(eta))) - (label * eta);

    /// <summary>β₀ + Σ βⱼ xⱼ, summed in feature order.</summary>
    public static double LinearPredictor(double intercept, IReadOnlyList<double> coefficients, ReadOnlySpan<double> features)
    {
        var sum = intercept;
        for (var j = 0; j < features.Length; j++)
        {
            sum += coefficients[j] * features[j];
        }

        return sum;
    }
}
