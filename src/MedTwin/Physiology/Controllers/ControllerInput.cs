namespace MedTwin.Physiology.Controllers;

/// <summary>What a controller sees at one decision time.</summary>
/// <param name="TimeMinutes">Decision time (min); strictly increasing from one call to the next.</param>
/// <param name="CgmMgPerDl">The latest CGM reading (mg/dL).</param>
/// <param name="AnnouncedCarbsGrams">Carbohydrates of a meal announced now (g); 0 when none.</param>
public sealed record ControllerInput(double TimeMinutes, double CgmMgPerDl, double AnnouncedCarbsGrams = 0);
