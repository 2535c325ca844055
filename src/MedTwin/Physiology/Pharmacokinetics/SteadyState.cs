namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// Model-based steady state under dosing every τ h (Gibaldi &amp; Perrier, ch. 3): accumulation ratio
/// R = 1/(1 − e^(−k·τ)) for a phase with rate constant k (use β for the terminal phase of a two-compartment model), and
/// average concentration Css,avg = F·Dose/(CL·τ) (mg/L), which holds for any linear model.
/// </summary>
public static class SteadyState
{
    /// <summary>1/(1 − e^(−k·τ)): steady-state over first-dose concentration at the same time after a dose.</summary>
    public static double AccumulationRatio(double eliminationRate, double interval) =>
        1 / -ExponentialDisposition.ExpMinusOne(-Require.Positive(eliminationRate, nameof(eliminationRate)) * Require.Positive(interval, nameof(interval)));

    /// <summary>F·Dose/(CL·τ) (mg/L) with the dose in mg, CL in L/h and τ in h.</summary>
    public static double AverageConcentration(double dose, double clearance, double interval, double bioavailability = 1) =>
        Require.Fraction(bioavailability, nameof(bioavailability)) * Require.NonNegative(dose, nameof(dose))
        / (Require.Positive(clearance, nameof(clearance)) * Require.Positive(interval, nameof(interval)));
}
