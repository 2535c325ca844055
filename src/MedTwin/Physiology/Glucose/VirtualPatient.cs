namespace MedTwin.Physiology.Glucose;

/// <summary>
/// One virtual patient of the UVA/Padova type 1 diabetes simulator: the parameters of <see cref="UvaPadovaModel"/> and
/// its basal initial state, read from a row of the <c>uva-padova-patients</c> snapshot by <see cref="VirtualPatientCatalog"/>.
/// Symbols and units are those of Dalla Man, Rizza &amp; Cobelli (2007) and of simglucose's parameter file; glucose
/// masses are per kg of body weight except the stomach and gut, which are in mg.
/// </summary>
public sealed record VirtualPatient
{
    /// <summary>The identifier, e.g. <c>adult#001</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The 13 basal initial states (x0), in <see cref="UvaPadovaState"/> order.</summary>
    public required IReadOnlyList<double> InitialState { get; init; }

    /// <summary>Body weight BW (kg).</summary>
    public required double BodyWeight { get; init; }

    /// <summary>Basal plasma glucose Gb (mg/dL).</summary>
    public required double Gb { get; init; }

    /// <summary>Basal plasma insulin Ib (pmol/L).</summary>
    public required double Ib { get; init; }

    /// <summary>Steady-state subcutaneous insulin infusion u2ss (pmol/kg/min) that holds plasma insulin at Ib.</summary>
    public required double U2ss { get; init; }

    /// <summary>Rate constant of intestinal absorption kabs (1/min).</summary>
    public required double Kabs { get; init; }

    /// <summary>Maximum rate constant of gastric emptying kmax (1/min); also the solid-to-liquid grinding rate.</summary>
    public required double Kmax { get; init; }

    /// <summary>Minimum rate constant of gastric emptying kmin (1/min).</summary>
    public required double Kmin { get; init; }

    /// <summary>Fraction b of the meal at which gastric emptying has fallen halfway from kmax to kmin.</summary>
    public required double B { get; init; }

    /// <summary>Fraction d of the meal at which gastric emptying is back halfway to kmax (c in Dalla Man et al. 2007).</summary>
    public required double D { get; init; }

    /// <summary>Fraction f of intestinal absorption that appears in plasma.</summary>
    public required double F { get; init; }

    /// <summary>Distribution volume of glucose Vg (dL/kg).</summary>
    public required double Vg { get; init; }

    /// <summary>Distribution volume of insulin Vi (L/kg).</summary>
    public required double Vi { get; init; }

    /// <summary>Rate constant k1 of glucose transfer from plasma to slowly equilibrating tissues (1/min).</summary>
    public required double K1 { get; init; }

    /// <summary>Rate constant k2 of glucose transfer from slowly equilibrating tissues to plasma (1/min).</summary>
    public required double K2 { get; init; }

    /// <summary>Basal maximum insulin-dependent utilisation Vm0 (mg/kg/min).</summary>
    public required double Vm0 { get; init; }

    /// <summary>Insulin sensitivity of utilisation Vmx ((mg/kg/min)/(pmol/L)).</summary>
    public required double Vmx { get; init; }

    /// <summary>Michaelis–Menten constant of utilisation Km0 (mg/kg).</summary>
    public required double Km0 { get; init; }

    /// <summary>Rate constant of insulin action on utilisation p2u (1/min).</summary>
    public required double P2u { get; init; }

    /// <summary>Insulin-independent utilisation Fsnc by brain and erythrocytes (mg/kg/min).</summary>
    public required double Fsnc { get; init; }

    /// <summary>Endogenous glucose production at zero glucose and insulin kp1 (mg/kg/min).</summary>
    public required double Kp1 { get; init; }

    /// <summary>Liver glucose effectiveness kp2 (1/min).</summary>
    public required double Kp2 { get; init; }

    /// <summary>Amplitude of insulin action on the liver kp3 ((mg/kg/min)/(pmol/L)).</summary>
    public required double Kp3 { get; init; }

    /// <summary>Rate constant ki of the delay of insulin action on the liver (1/min).</summary>
    public required double Ki { get; init; }

    /// <summary>Glomerular filtration rate ke1 (1/min).</summary>
    public required double Ke1 { get; init; }

    /// <summary>Renal threshold ke2 (mg/kg, on Gp).</summary>
    public required double Ke2 { get; init; }

    /// <summary>Rate constant m1 of insulin transfer from liver to plasma (1/min).</summary>
    public required double M1 { get; init; }

    /// <summary>Rate constant m2 of insulin transfer from plasma to liver (1/min).</summary>
    public required double M2 { get; init; }

    /// <summary>Basal rate constant m30 of hepatic insulin degradation (1/min).</summary>
    public required double M30 { get; init; }

    /// <summary>Rate constant m4 of peripheral insulin degradation (1/min).</summary>
    public required double M4 { get; init; }

    /// <summary>Rate constant kd from the first to the second subcutaneous insulin compartment (1/min).</summary>
    public required double Kd { get; init; }

    /// <summary>Rate constant ka1 of absorption from the first subcutaneous compartment (1/min).</summary>
    public required double Ka1 { get; init; }

    /// <summary>Rate constant ka2 of absorption from the second subcutaneous compartment (1/min).</summary>
    public required double Ka2 { get; init; }

    /// <summary>Rate constant ksc of subcutaneous glucose following plasma glucose (1/min).</summary>
    public required double Ksc { get; init; }

    /// <summary>The basal insulin rate in pump units, u2ss·BW/6000 (U/min), as simglucose converts it (1 U = 6000 pmol).</summary>
    public double BasalUnitsPerMinute => U2ss * BodyWeight / InsulinUnits.PicomolesPerUnit;
}
