namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// One-compartment model with first-order elimination, in closed form (Gibaldi &amp; Perrier, "Pharmacokinetics",
/// 2nd ed., ch. 1-2). With k = CL/V (1/h):
/// IV bolus C(t) = D/V·e^(−k·t);
/// infusion at R = D/T mg/h, C(t) = R/CL·(1 − e^(−k·t)) during it (plateau R/CL) and decaying by e^(−k·(t−T)) after;
/// oral (Bateman function) C(t) = F·D·ka/(V·(ka − k))·(e^(−k·t') − e^(−ka·t')) with t' = t − tlag, and
/// F·D·ka/V·t'·e^(−k·t') in the limit ka = k.
/// Units: dose mg, time h, CL L/h, V L, ka 1/h, concentration mg/L (any consistent set works, e.g. dose mg/kg with CL
/// L/h/kg). F and tlag act on oral doses only; intravenous doses are fully and immediately available.
/// </summary>
public sealed record OneCompartmentModel : IPharmacokineticModel
{
    /// <summary>Clearance CL (L/h).</summary>
    public required double Clearance { get; init => field = Require.Positive(value, nameof(Clearance)); }

    /// <summary>Volume of distribution V (L).</summary>
    public required double Volume { get; init => field = Require.Positive(value, nameof(Volume)); }

    /// <summary>First-order absorption rate constant ka (1/h); needed for oral doses only.</summary>
    public double? AbsorptionRate { get; init => field = Require.PositiveOrAbsent(value, nameof(AbsorptionRate)); }

    /// <summary>Bioavailability F of oral doses, in (0, 1].</summary>
    public double Bioavailability { get; init => field = Require.Fraction(value, nameof(Bioavailability)); } = 1;

    /// <summary>Absorption lag time tlag of oral doses (h).</summary>
    public double LagTime { get; init => field = Require.NonNegative(value, nameof(LagTime)); }

    /// <summary>Elimination rate constant k = CL/V (1/h).</summary>
    public double EliminationRate => Clearance / Volume;

    /// <summary>Elimination half-life ln 2/k (h).</summary>
    public double HalfLife => Math.Log(2) / EliminationRate;

    /// <inheritdoc />
    public double Concentration(Dose dose, double time)
    {
        ArgumentNullException.ThrowIfNull(dose);
        var disposition = new ExponentialDisposition([1 / Volume], [EliminationRate]);
        return disposition.Concentration(dose, time, AbsorptionRate, Bioavailability, LagTime);
    }
}
