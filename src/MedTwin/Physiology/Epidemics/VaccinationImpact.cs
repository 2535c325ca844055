namespace MedTwin.Physiology.Epidemics;

/// <summary>A vaccinated run set against the same scenario without vaccination; counts in persons or doses.</summary>
/// <param name="WithVaccination">The run with the programme.</param>
/// <param name="WithoutVaccination">The same scenario without it.</param>
public sealed record VaccinationImpact(SeirRun WithVaccination, SeirRun WithoutVaccination)
{
    /// <summary>Infections averted (persons); negative if vaccination led to more.</summary>
    public double InfectionsAverted => WithoutVaccination.TotalInfections - WithVaccination.TotalInfections;

    /// <summary>Deaths averted (persons): infection-fatality ratio × infections averted.</summary>
    public double DeathsAverted => WithoutVaccination.Deaths - WithVaccination.Deaths;

    /// <summary>Doses given (doses).</summary>
    public double DosesUsed => WithVaccination.DosesUsed;

    /// <summary>Doses per infection averted; null when no infection was averted.</summary>
    public double? DosesPerInfectionAverted => InfectionsAverted > 0 ? DosesUsed / InfectionsAverted : null;
}
