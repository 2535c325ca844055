namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// Sigmoid Emax (Hill) pharmacodynamic model E = E0 + Emax·C^h/(EC50^h + C^h) (Holford &amp; Sheiner 1981); h = 1 gives
/// the ordinary Emax model. E0 and Emax are in the effect's unit (negative Emax for inhibition), C and EC50 in mg/L.
/// </summary>
public sealed record EmaxModel
{
    /// <summary>Baseline effect E0 at zero concentration.</summary>
    public double Baseline { get; init => field = double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Baseline), value, "Baseline must be finite."); }

    /// <summary>Maximum effect Emax above baseline.</summary>
    public required double MaximumEffect { get; init => field = double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(MaximumEffect), value, "MaximumEffect must be finite."); }

    /// <summary>Concentration giving half the maximum effect, EC50 (mg/L).</summary>
    public required double HalfMaximalConcentration { get; init => field = Require.Positive(value, nameof(HalfMaximalConcentration)); }

    /// <summary>Hill coefficient h (steepness); 1 for the ordinary Emax model.</summary>
    public double HillCoefficient { get; init => field = Require.Positive(value, nameof(HillCoefficient)); } = 1;

    /// <summary>The effect at <paramref name="concentration"/> mg/L.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The concentration is negative or not finite.</exception>
    public double Effect(double concentration)
    {
        Require.NonNegative(concentration, nameof(concentration));
        // C^h/(EC50^h + C^h) written as 1/(1 + (EC50/C)^h) does not overflow for large C or h.
        var occupancy = concentration == 0 ? 0 : 1 / (1 + Math.Pow(HalfMaximalConcentration / concentration, HillCoefficient));
        return Baseline + (MaximumEffect * occupancy);
    }
}
