using MedTwin.Physiology.Ode;
using static MedTwin.Physiology.Epidemics.SeirCompartment;

namespace MedTwin.Physiology.Epidemics;

/// <summary>The SEIR-V equations of <see cref="SeirModel"/> as an ODE system; see there for the equations.</summary>
internal sealed class SeirOdeSystem(SeirParameters parameters, VaccinationProgram? vaccination) : IOdeSystem
{
    private readonly double beta = parameters.TransmissionRate;
    private readonly double sigma = parameters.ProgressionRate;
    private readonly double gamma = parameters.RecoveryRate;
    private readonly double population = parameters.Population;
    private readonly double vaccineeSusceptibility = vaccination is { EfficacyModel: VaccineEfficacyModel.Leaky } ? 1 - vaccination.Efficacy : 0;
    private readonly double protectedPerDose = vaccination is null ? 0 : vaccination.EfficacyModel == VaccineEfficacyModel.Leaky ? 1 : vaccination.Efficacy;
    private readonly double waning = vaccination?.WaningPeriod is { } period ? 1 / period : 0;

    public int Dimension => Count;

    public bool IsSir => double.IsPositiveInfinity(sigma);

    /// <summary>Susceptibles weighted by their susceptibility: S + (1 − e)·V under leaky efficacy, S under all-or-nothing (persons).</summary>
    public double EffectiveSusceptibles(ReadOnlySpan<double> state) => state[Susceptible] + (vaccineeSusceptibility * state[Vaccinated]);

    public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> derivatives)
    {
        var forceOfInfection = beta * state[Infectious] / population;
        var infections = forceOfInfection * EffectiveSusceptibles(state);
        var eligible = state[Susceptible] + state[Recovered];
        var vaccinations = eligible > 0 && vaccination is not null ? protectedPerDose * vaccination.DoseRateAt(time) * state[Susceptible] / eligible : 0;
        var waned = waning * state[Vaccinated];
        var progressions = IsSir ? infections : sigma * state[Exposed];
        var recoveries = gamma * state[Infectious];

        derivatives[Susceptible] = -(forceOfInfection * state[Susceptible]) - vaccinations + waned;
        derivatives[Vaccinated] = vaccinations - (forceOfInfection * vaccineeSusceptibility * state[Vaccinated]) - waned;
        derivatives[Exposed] = IsSir ? 0 : infections - progressions;
        derivatives[Infectious] = progressions - recoveries;
        derivatives[Recovered] = recoveries;
        derivatives[CumulativeInfections] = infections;
    }

    /// <summary>dI/dt (persons/day): zero at a peak of prevalence, falling through it.</summary>
    public double PrevalenceGrowth(ReadOnlySpan<double> state) =>
        (IsSir ? beta * state[Infectious] / population * EffectiveSusceptibles(state) : sigma * state[Exposed]) - (gamma * state[Infectious]);
}
