namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// Two-compartment model (central V1, peripheral V2, intercompartmental clearance Q, elimination CL from the central
/// compartment), in closed form (Gibaldi &amp; Perrier, "Pharmacokinetics", 2nd ed., ch. 2). With micro-constants
/// k10 = CL/V1, k12 = Q/V1, k21 = Q/V2, the macro-constants are the roots of λ² − (k10 + k12 + k21)·λ + k10·k21 = 0,
/// α &gt; β. The unit impulse response is C(t)/D = [(α − k21)·e^(−αt) + (k21 − β)·e^(−βt)]/(V1·(α − β)), so an IV bolus
/// gives A + B = D/V1 at t = 0; infusion and first-order absorption (with F and tlag) are its closed-form integrals (see
/// <see cref="OneCompartmentModel"/> for the one-compartment forms). Units: dose mg, time h, CL and Q L/h, V1 and V2 L,
/// ka 1/h, concentration mg/L. F and tlag act on oral doses only.
/// </summary>
public sealed record TwoCompartmentModel : IPharmacokineticModel
{
    /// <summary>Clearance CL from the central compartment (L/h).</summary>
    public required double Clearance { get; init => field = Require.Positive(value, nameof(Clearance)); }

    /// <summary>Central volume V1 (L).</summary>
    public required double CentralVolume { get; init => field = Require.Positive(value, nameof(CentralVolume)); }

    /// <summary>Intercompartmental clearance Q (L/h).</summary>
    public required double IntercompartmentalClearance { get; init => field = Require.Positive(value, nameof(IntercompartmentalClearance)); }

    /// <summary>Peripheral volume V2 (L).</summary>
    public required double PeripheralVolume { get; init => field = Require.Positive(value, nameof(PeripheralVolume)); }

    /// <summary>First-order absorption rate constant ka (1/h); needed for oral doses only.</summary>
    public double? AbsorptionRate { get; init => field = Require.PositiveOrAbsent(value, nameof(AbsorptionRate)); }

    /// <summary>Bioavailability F of oral doses, in (0, 1].</summary>
    public double Bioavailability { get; init => field = Require.Fraction(value, nameof(Bioavailability)); } = 1;

    /// <summary>Absorption lag time tlag of oral doses (h).</summary>
    public double LagTime { get; init => field = Require.NonNegative(value, nameof(LagTime)); }

    /// <summary>The macro-constants α, β and the bolus coefficients A, B for <paramref name="bolusAmount"/> mg.</summary>
    public TwoCompartmentMacroConstants MacroConstants(double bolusAmount)
    {
        var (alpha, beta) = Rates();
        var k21 = IntercompartmentalClearance / PeripheralVolume;
        var scale = bolusAmount / (CentralVolume * (alpha - beta));
        return new(scale * (alpha - k21), alpha, scale * (k21 - beta), beta);
    }

    /// <summary>
    /// The model whose IV bolus of <paramref name="bolusAmount"/> mg gives <paramref name="macro"/>: V1 = D/(A + B),
    /// k21 = (A·β + B·α)/(A + B), k10 = α·β/k21, k12 = α + β − k21 − k10.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The constants do not describe a two-compartment model (a rate or volume would not be positive).</exception>
    public static TwoCompartmentModel FromBolusMacroConstants(double bolusAmount, TwoCompartmentMacroConstants macro)
    {
        ArgumentNullException.ThrowIfNull(macro);
        var central = bolusAmount / (macro.A + macro.B);
        var k21 = ((macro.A * macro.Beta) + (macro.B * macro.Alpha)) / (macro.A + macro.B);
        var k10 = macro.Alpha * macro.Beta / k21;
        var k12 = macro.Alpha + macro.Beta - k21 - k10;
        return new()
        {
            Clearance = k10 * central,
            CentralVolume = central,
            IntercompartmentalClearance = k12 * central,
            PeripheralVolume = k12 * central / k21,
        };
    }

    /// <inheritdoc />
    public double Concentration(Dose dose, double time)
    {
        ArgumentNullException.ThrowIfNull(dose);
        var unit = MacroConstants(1);
        var disposition = new ExponentialDisposition([unit.A, unit.B], [unit.Alpha, unit.Beta]);
        return disposition.Concentration(dose, time, AbsorptionRate, Bioavailability, LagTime);
    }

    private (double Alpha, double Beta) Rates()
    {
        var k10 = Clearance / CentralVolume;
        var k12 = IntercompartmentalClearance / CentralVolume;
        var k21 = IntercompartmentalClearance / PeripheralVolume;
        var sum = k10 + k12 + k21;
        var alpha = (sum + Math.Sqrt((sum * sum) - (4 * k10 * k21))) / 2;
        // β from the product of the roots avoids the cancellation of (sum − √…)/2 when k10·k21 is small.
        return (alpha, k10 * k21 / alpha);
    }
}
