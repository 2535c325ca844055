namespace MedTwin.Physiology.Vaccines;

/// <summary>A named schedule of dose days (days from the first dose or any common origin).</summary>
/// <param name="Name">The schedule's name, e.g. "booster at 6 months".</param>
/// <param name="DoseDays">The dose days.</param>
public sealed record VaccineSchedule(string Name, IReadOnlyList<double> DoseDays);
