namespace MedTwin.Physiology.Ode;

/// <summary>
/// Step-size selection shared by the solvers, as in SciPy's solve_ivp: the standard controller
/// h_new = h·min(max, max(min, safety·err^(−1/(q+1)))) of Hairer, Nørsett &amp; Wanner I, eq. II.4.13, and their
/// starting-step algorithm (section II.4, "Starting Step Size"; SciPy's select_initial_step).
/// </summary>
internal static class StepSizeControl
{
    public const double Safety = 0.9;
    public const double MinFactor = 0.2;
    public const double MaxFactor = 10;

    /// <summary>The factor after an accepted step; never growth right after a rejection, which would likely be rejected again.</summary>
    public static double AcceptedFactor(double errorNorm, int errorEstimatorOrder, bool rejectedBefore)
    {
        var factor = errorNorm == 0 ? MaxFactor : Math.Min(MaxFactor, Safety * Math.Pow(errorNorm, -1.0 / (errorEstimatorOrder + 1)));
        return rejectedBefore ? Math.Min(1, factor) : factor;
    }

    public static double RejectedFactor(double errorNorm, int errorEstimatorOrder) =>
        Math.Max(MinFactor, Safety * Math.Pow(errorNorm, -1.0 / (errorEstimatorOrder + 1)));

    /// <summary>
    /// Hairer's starting step: h0 from the sizes of y0 and f0, one explicit Euler step to estimate the second
    /// derivative, then h1 such that the local error of the method's order is about the tolerance; min(100·h0, h1).
    /// </summary>
    public static double InitialStep(DerivativeEvaluator evaluator, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> f0, int errorEstimatorOrder, double relativeTolerance, double absoluteTolerance)
    {
        var n = y0.Length;
        if (n == 0)
        {
            return double.PositiveInfinity;
        }

        var d0 = ErrorNorm.Of(y0, y0, relativeTolerance, absoluteTolerance);
        var d1 = ErrorNorm.Of(f0, y0, relativeTolerance, absoluteTolerance);
        var h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;

        Span<double> y1 = n <= 64 ? stackalloc double[n] : new double[n];
        Span<double> f1 = n <= 64 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            y1[i] = y0[i] + (h0 * f0[i]);
        }

        evaluator.Evaluate(t0 + h0, y1, f1);
        for (var i = 0; i < n; i++)
        {
            f1[i] -= f0[i];
        }

        var d2 = ErrorNorm.Of(f1, y0, relativeTolerance, absoluteTolerance) / h0;
        var h1 = d1 <= 1e-15 && d2 <= 1e-15
            ? Math.Max(1e-6, h0 * 1e-3)
            : Math.Pow(0.01 / Math.Max(d1, d2), 1.0 / (errorEstimatorOrder + 1));
        return Math.Min(100 * h0, h1);
    }
}
