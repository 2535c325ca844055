namespace MedTwin.Physiology.Ode;

/// <summary>
/// Brent's method for a root bracketed by a sign change (R. P. Brent, "Algorithms for Minimization without Derivatives",
/// 1973, ch. 4, procedure zero): inverse quadratic interpolation or secant steps, falling back to bisection, so it
/// converges superlinearly on smooth functions and never slower than bisection.
/// </summary>
internal static class BrentRoot
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>A root of <paramref name="function"/> in [a, b], where f(a) and f(b) differ in sign, to within 2ε|x| + 2ε.</summary>
    public static double Find(Func<double, double> function, double a, double b, double fa, double fb)
    {
        var tolerance = 4 * Epsilon;
        var c = a;
        var fc = fa;
        var d = b - a;
        var e = d;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            if ((fb > 0) == (fc > 0) && fb != 0 && fc != 0)
            {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                (a, b, c) = (b, c, b);
                (fa, fb, fc) = (fb, fc, fb);
            }

            var tolerance1 = (2 * Epsilon * Math.Abs(b)) + (0.5 * tolerance);
            var half = 0.5 * (c - b);
            if (Math.Abs(half) <= tolerance1 || fb == 0)
            {
                return b;
            }

            if (Math.Abs(e) >= tolerance1 && Math.Abs(fa) > Math.Abs(fb))
            {
                double p;
                double q;
                var s = fb / fa;
                if (a == c)
                {
                    p = 2 * half * s;
                    q = 1 - s;
                }
                else
                {
                    var qa = fa / fc;
                    var r = fb / fc;
                    p = s * ((2 * half * qa * (qa - r)) - ((b - a) * (r - 1)));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }

                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }

                if (2 * p < Math.Min((3 * half * q) - Math.Abs(tolerance1 * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = half;
                    e = d;
                }
            }
            else
            {
                d = half;
                e = d;
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tolerance1 ? d : Math.CopySign(tolerance1, half);
            fb = function(b);
        }

        return b;
    }
}
