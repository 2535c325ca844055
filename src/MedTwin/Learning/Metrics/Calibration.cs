namespace MedTwin.Learning.Metrics;

/// <summary>
/// Calibration intercept and slope by logistic recalibration, as R's <c>rms::val.prob</c> and Van Calster et al. (2019,
/// "Calibration: the Achilles heel of predictive analytics", BMC Medicine 17:230): the slope is the coefficient of
/// <c>glm(y ~ logit(p), binomial)</c> and the intercept is that of <c>glm(y ~ offset(logit(p)), binomial)</c>, both
/// fitted by Newton–Raphson (IRLS) to convergence of the coefficients.
/// </summary>
public static class Calibration
{
    private const int MaximumIterations = 100;
    private const double Tolerance = 1e-13;

    /// <summary>
    /// Fits the intercept and slope. A coefficient is NaN when only one class is present or the fit does not converge
    /// (e.g. the logits separate the classes perfectly).
    /// </summary>
    /// <exception cref="LearningException">
    /// Empty or mismatched inputs, a label not 0/1, a probability outside [0, 1] or NaN, or a probability of exactly 0 or 1,
    /// whose logit is infinite (<c>val.prob</c> drops such rows with a warning; MedTwin names the row instead).
    /// </exception>
    public static CalibrationResult Fit(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        MetricInput.RequireProbabilities(labels, probabilities, "calibration");
        var logits = new double[labels.Count];
        for (var i = 0; i < logits.Length; i++)
        {
            if (probabilities[i] is 0 or 1)
            {
                throw new LearningException(
                    "calibration", "a probability of exactly 0 or 1 has an infinite logit, so logistic recalibration is undefined", "probability", i);
            }

            logits[i] = Math.Log(probabilities[i] / (1 - probabilities[i]));
        }

        var positives = labels.Count(l => l == 1);
        return positives == 0 || positives == labels.Count
            ? new CalibrationResult(double.NaN, double.NaN)
            : new CalibrationResult(InterceptInTheLarge(labels, logits), Slope(labels, logits));
    }

    internal static bool IsDefinedFor(IReadOnlyList<double> probabilities) => probabilities.All(p => p is > 0 and < 1);

    private static double InterceptInTheLarge(IReadOnlyList<double> labels, double[] offsets)
    {
        double intercept = 0;
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            double gradient = 0, information = 0;
            for (var i = 0; i < offsets.Length; i++)
            {
                var mean = Logistic(intercept + offsets[i]);
                gradient += labels[i] - mean;
                information += mean * (1 - mean);
            }

            var step = gradient / information;
            intercept += step;
            if (!double.IsFinite(intercept))
            {
                return double.NaN;
            }

            if (Math.Abs(step) <= Tolerance * (1 + Math.Abs(intercept)))
            {
                return intercept;
            }
        }

        return double.NaN;
    }

    private static double Slope(IReadOnlyList<double> labels, double[] logits)
    {
        double a = 0, b = 1;
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (var i = 0; i < logits.Length; i++)
            {
                var mean = Logistic(a + (b * logits[i]));
                var residual = labels[i] - mean;
                var weight = mean * (1 - mean);
                g0 += residual;
                g1 += residual * logits[i];
                h00 += weight;
                h01 += weight * logits[i];
                h11 += weight * logits[i] * logits[i];
            }

            var determinant = (h00 * h11) - (h01 * h01);
            var stepA = ((h11 * g0) - (h01 * g1)) / determinant;
            var stepB = ((h00 * g1) - (h01 * g0)) / determinant;
            a += stepA;
            b += stepB;
            if (!double.IsFinite(a) || !double.IsFinite(b))
            {
                return double.NaN;
            }

            if (Math.Abs(stepA) <= Tolerance * (1 + Math.Abs(a)) && Math.Abs(stepB) <= Tolerance * (1 + Math.Abs(b)))
            {
                return b;
            }
        }

        return double.NaN;
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
