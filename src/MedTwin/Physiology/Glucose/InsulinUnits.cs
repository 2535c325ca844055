namespace MedTwin.Physiology.Glucose;

/// <summary>The conversion between insulin units (U) and amount (pmol) used by the UVA/Padova simulator: 1 U = 6000 pmol.</summary>
public static class InsulinUnits
{
    /// <summary>Picomoles of insulin in one unit.</summary>
    public const double PicomolesPerUnit = 6000;

    /// <summary>A rate in U/min as pmol/kg/min for a patient of <paramref name="bodyWeight"/> kg.</summary>
    public static double ToPicomolesPerKilogram(double units, double bodyWeight) => units * PicomolesPerUnit / bodyWeight;
}
