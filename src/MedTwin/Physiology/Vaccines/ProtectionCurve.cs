using MedTwin.Physiology.Epidemics;

namespace MedTwin.Physiology.Vaccines;

/// <summary>
/// Protection as a logistic function of log₁₀ titre (Khoury et al., "Neutralizing antibody levels are highly predictive
/// of immune protection from symptomatic SARS-CoV-2 infection", Nat Med 27 (2021) 1205–1211):
/// protection(n) = 1/(1 + exp(−k·(log₁₀ n − log₁₀ n50))), with n50 the titre giving 50% protection and k the slope per
/// log₁₀ unit. Protection is a fraction in [0, 1]; n and n50 share a titre unit.
/// </summary>
public sealed record ProtectionCurve
{
    /// <summary>The titre giving 50% protection, n50 (titre units).</summary>
    public required double FiftyPercentProtectiveTitre { get; init => field = Require.Positive(value, nameof(FiftyPercentProtectiveTitre)); }

    /// <summary>The slope k per log₁₀ unit of titre.</summary>
    public required double Slope { get; init => field = Require.Positive(value, nameof(Slope)); }

    /// <summary>
    /// Khoury et al.'s fit for symptomatic SARS-CoV-2 infection, with titres as a fold of the mean convalescent level:
    /// n50 = 0.202 (95% CI 0.144–0.284, from their abstract) and the slope k = 3.0 of their fitted logistic curve.
    /// </summary>
    public static ProtectionCurve KhouryAgainstSymptomaticInfection { get; } = new() { FiftyPercentProtectiveTitre = 0.202, Slope = 3.0 };

    /// <summary>Khoury et al.'s fit for severe SARS-CoV-2 infection: n50 = 0.030 of the mean convalescent level (95% CI 0.007–0.13), with the same slope k = 3.0.</summary>
    public static ProtectionCurve KhouryAgainstSevereInfection { get; } = new() { FiftyPercentProtectiveTitre = 0.030, Slope = 3.0 };

    /// <summary>Protection (fraction) at <paramref name="titre"/> (titre units, non-negative; 0 gives 0).</summary>
    public double Protection(double titre)
    {
        Require.NonNegative(titre, nameof(titre));
        return titre == 0 ? 0 : 1 / (1 + Math.Exp(-Slope * Math.Log10(titre / FiftyPercentProtectiveTitre)));
    }

    /// <summary>The titre giving <paramref name="protection"/>: n50·10^(logit(p)/k) (titre units).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The protection is not strictly between 0 and 1.</exception>
    public double TitreFor(double protection)
    {
        if (!(protection > 0 && protection < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(protection), protection, "protection must lie strictly between 0 and 1.");
        }

        return FiftyPercentProtectiveTitre * Math.Pow(10, Math.Log(protection / (1 - protection)) / Slope);
    }
}
