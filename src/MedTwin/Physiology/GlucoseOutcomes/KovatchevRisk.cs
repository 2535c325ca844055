namespace MedTwin.Physiology.GlucoseOutcomes;

/// <summary>
/// Kovatchev's symmetrised blood-glucose risk (Kovatchev et al. 1997, Diabetes Care 20:1655; 2006, Diabetes Care
/// 29:2433): f(BG) = 1.509·((ln BG)^1.084 − 5.381) with BG in mg/dL, risk r = 10·f². f is zero near 112.5 mg/dL,
/// negative below (the low-glucose branch rl) and positive above (the high-glucose branch rh).
/// </summary>
public static class KovatchevRisk
{
    /// <summary>The symmetrising transform f(BG) for <paramref name="glucoseMgPerDl"/> &gt; 0.</summary>
    public static double Symmetrised(double glucoseMgPerDl)
    {
        if (!double.IsFinite(glucoseMgPerDl) || glucoseMgPerDl <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(glucoseMgPerDl), glucoseMgPerDl, "Glucose must be positive and finite (mg/dL).");
        }

        return 1.509 * (Math.Pow(Math.Log(glucoseMgPerDl), 1.084) - 5.381);
    }

    /// <summary>The risk r = 10·f(BG)².</summary>
    public static double Risk(double glucoseMgPerDl)
    {
        var f = Symmetrised(glucoseMgPerDl);
        return 10 * f * f;
    }

    /// <summary>The low-glucose risk rl: r when f(BG) &lt; 0, else 0.</summary>
    public static double LowRisk(double glucoseMgPerDl) => Symmetrised(glucoseMgPerDl) < 0 ? Risk(glucoseMgPerDl) : 0;

    /// <summary>The high-glucose risk rh: r when f(BG) &gt; 0, else 0.</summary>
    public static double HighRisk(double glucoseMgPerDl) => Symmetrised(glucoseMgPerDl) > 0 ? Risk(glucoseMgPerDl) : 0;
}
