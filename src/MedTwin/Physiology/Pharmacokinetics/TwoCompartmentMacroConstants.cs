namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// The hybrid (macro) constants of a two-compartment model: after an IV bolus D,
/// C(t) = A·e^(−α·t) + B·e^(−β·t) with α &gt; β (1/h) and A + B = D/V1 (mg/L).
/// </summary>
/// <param name="A">Coefficient of the fast (distribution) phase (mg/L).</param>
/// <param name="Alpha">Fast rate constant α (1/h).</param>
/// <param name="B">Coefficient of the slow (terminal) phase (mg/L).</param>
/// <param name="Beta">Slow, terminal rate constant β (1/h).</param>
public sealed record TwoCompartmentMacroConstants(double A, double Alpha, double B, double Beta)
{
    /// <summary>The IV bolus concentration A·e^(−α·t) + B·e^(−β·t) (mg/L) at <paramref name="time"/> h after the dose.</summary>
    public double Concentration(double time) => (A * Math.Exp(-Alpha * time)) + (B * Math.Exp(-Beta * time));

    /// <summary>Terminal half-life ln 2/β (h).</summary>
    public double TerminalHalfLife => Math.Log(2) / Beta;
}
