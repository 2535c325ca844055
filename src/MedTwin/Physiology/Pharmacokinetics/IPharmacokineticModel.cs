namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>A linear pharmacokinetic model: the concentration one dose causes, so regimens follow by superposition.</summary>
public interface IPharmacokineticModel
{
    /// <summary>The central concentration (mg/L) at <paramref name="time"/> (h) caused by <paramref name="dose"/> alone; 0 before it acts.</summary>
    double Concentration(Dose dose, double time);
}
