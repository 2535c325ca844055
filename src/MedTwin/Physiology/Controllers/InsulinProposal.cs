namespace MedTwin.Physiology.Controllers;

/// <summary>An insulin action a controller proposes, with why, so that a twin runtime can log it.</summary>
/// <param name="TimeMinutes">Decision time (min).</param>
/// <param name="BasalUnitsPerHour">Basal rate to run from now until the next proposal (U/h).</param>
/// <param name="BolusUnits">Bolus to give now (U); 0 for none.</param>
/// <param name="Reason">How the numbers were reached, in words and numbers (culture-invariant).</param>
/// <param name="WasLimited">True when a safety limit reduced the basal rate or the bolus; <paramref name="Reason"/> says which.</param>
public sealed record InsulinProposal(double TimeMinutes, double BasalUnitsPerHour, double BolusUnits, string Reason, bool WasLimited);
