namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>Settings of a non-compartmental analysis; the defaults are PKNCA's.</summary>
public sealed record NcaOptions
{
    /// <summary>How AUC(0–tlast) is summed.</summary>
    public AucMethod AucMethod { get; init; } = AucMethod.Linear;

    /// <summary>Fewest points for the terminal log-linear regression (at least 3).</summary>
    public int MinimumTerminalPoints { get; init => field = value >= 3 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumTerminalPoints), value, "At least 3 points are needed for λz."); } = 3;

    /// <summary>Fits whose adjusted R² is within this of the best count as equally good; the one with most points wins (PKNCA's adj.r.squared.factor).</summary>
    public double AdjustedRSquaredTolerance { get; init => field = Require.NonNegative(value, nameof(AdjustedRSquaredTolerance)); } = 1e-4;

    /// <summary>Whether the point at Tmax may be part of the terminal phase (PKNCA: no).</summary>
    public bool IncludeTmaxInTerminalPhase { get; init; }
}
