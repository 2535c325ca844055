namespace MedTwin.Physiology.Ode;

/// <summary>
/// The per-component scaled root-mean-square norm of Hairer, Nørsett &amp; Wanner, "Solving Ordinary Differential
/// Equations I" (2nd ed., 1993), eq. II.4.11, as SciPy's solve_ivp uses it: each component is divided by
/// atol + rtol·max(|y_old|, |y_new|), so an error norm of 1 is exactly on tolerance.
/// </summary>
internal static class ErrorNorm
{
    public static double Of(ReadOnlySpan<double> error, ReadOnlySpan<double> yOld, ReadOnlySpan<double> yNew, double relativeTolerance, double absoluteTolerance)
    {
        var sum = 0.0;
        for (var i = 0; i < error.Length; i++)
        {
            var scaled = error[i] / (absoluteTolerance + (Math.Max(Math.Abs(yOld[i]), Math.Abs(yNew[i])) * relativeTolerance));
            sum += scaled * scaled;
        }

        return Math.Sqrt(sum / error.Length);
    }

    public static double Of(ReadOnlySpan<double> values, ReadOnlySpan<double> y, double relativeTolerance, double absoluteTolerance) =>
        Of(values, y, y, relativeTolerance, absoluteTolerance);
}
