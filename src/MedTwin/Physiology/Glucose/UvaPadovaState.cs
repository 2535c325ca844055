namespace MedTwin.Physiology.Glucose;

/// <summary>
/// The 13 states of the UVA/Padova model, in the order of simglucose's T1DPatient and of the snapshot's columns
/// <c>x0_ 1</c> to <c>x0_13</c>; the value is the index into a state vector.
/// </summary>
public enum UvaPadovaState
{
    /// <summary>Glucose in the stomach, solid phase, Qsto1 (mg).</summary>
    StomachSolid = 0,

    /// <summary>Glucose in the stomach, liquid phase, Qsto2 (mg).</summary>
    StomachLiquid = 1,

    /// <summary>Glucose in the gut, Qgut (mg).</summary>
    Gut = 2,

    /// <summary>Glucose in plasma and rapidly equilibrating tissues, Gp (mg/kg).</summary>
    PlasmaGlucose = 3,

    /// <summary>Glucose in slowly equilibrating tissues, Gt (mg/kg).</summary>
    TissueGlucose = 4,

    /// <summary>Insulin in plasma, Ip (pmol/kg).</summary>
    PlasmaInsulin = 5,

    /// <summary>Remote insulin acting on glucose utilisation, X (pmol/L); 0 at basal.</summary>
    InsulinAction = 6,

    /// <summary>First delay compartment of the insulin signal to the liver, I1 (pmol/L).</summary>
    DelayedInsulin1 = 7,

    /// <summary>Delayed insulin acting on endogenous glucose production, Id (pmol/L).</summary>
    DelayedInsulin = 8,

    /// <summary>Insulin in the liver, Il (pmol/kg).</summary>
    LiverInsulin = 9,

    /// <summary>Subcutaneous insulin, first compartment, Isc1 (pmol/kg).</summary>
    SubcutaneousInsulin1 = 10,

    /// <summary>Subcutaneous insulin, second compartment, Isc2 (pmol/kg).</summary>
    SubcutaneousInsulin2 = 11,

    /// <summary>Subcutaneous (interstitial) glucose, Gs (mg/kg, as Gp; a sensor reads Gs/Vg in mg/dL).</summary>
    SubcutaneousGlucose = 12,
}
