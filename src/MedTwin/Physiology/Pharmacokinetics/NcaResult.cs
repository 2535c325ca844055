namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>What a non-compartmental analysis derives from one concentration-time profile (mg/L, h).</summary>
/// <param name="Cmax">Highest observed concentration (mg/L); the first one if it repeats.</param>
/// <param name="Tmax">Time of <paramref name="Cmax"/> (h).</param>
/// <param name="Clast">Last positive concentration (mg/L).</param>
/// <param name="Tlast">Time of <paramref name="Clast"/> (h).</param>
/// <param name="AucLast">AUC(0–tlast) (mg·h/L) from the first observation to tlast.</param>
/// <param name="Terminal">The terminal-phase regression, or null when no fit with λz &gt; 0 and enough points exists.</param>
public sealed record NcaResult(double Cmax, double Tmax, double Clast, double Tlast, double AucLast, TerminalPhase? Terminal)
{
    /// <summary>AUC(0–∞) = AUClast + Clast/λz (mg·h/L), with the observed Clast; null without a terminal phase.</summary>
    public double? AucInfinity => Terminal is null ? null : AucLast + (Clast / Terminal.LambdaZ);

    /// <summary>Terminal half-life ln 2/λz (h); null without a terminal phase.</summary>
    public double? HalfLife => Terminal?.HalfLife;
}
