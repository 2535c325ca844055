using MedTwin.Physiology.Ode;

namespace MedTwin.Physiology.Epidemics;

/// <summary>The trajectory and outcomes of one deterministic SEIR simulation; compartments in persons, time in days.</summary>
public sealed class SeirRun
{
    internal SeirRun(SeirParameters parameters, OdeSolution solution, SeirOdeSystem system, double dosesUsed)
    {
        Parameters = parameters;
        Days = solution.Times;
        Susceptible = solution.Component(SeirCompartment.Susceptible);
        Vaccinated = solution.Component(SeirCompartment.Vaccinated);
        Exposed = solution.Component(SeirCompartment.Exposed);
        Infectious = solution.Component(SeirCompartment.Infectious);
        Recovered = solution.Component(SeirCompartment.Recovered);
        CumulativeInfections = solution.Component(SeirCompartment.CumulativeInfections);
        var r0 = parameters.BasicReproductionNumber;
        EffectiveReproductionNumber = [.. solution.States.Select(s => r0 * system.EffectiveSusceptibles([.. s]) / parameters.Population)];

        // The peak is the largest of the located maxima and the two ends (prevalence may only fall, or still rise at the end).
        var candidates = solution.Events.Select(e => (Day: e.Time, Prevalence: e.State[SeirCompartment.Infectious]))
            .Prepend((Day: Days[0], Prevalence: Infectious[0]))
            .Append((Day: Days[^1], Prevalence: Infectious[^1]));
        (PeakDay, PeakPrevalence) = candidates.MaxBy(c => c.Prevalence);
        DosesUsed = dosesUsed;
    }

    /// <summary>The disease and population simulated.</summary>
    public SeirParameters Parameters { get; }

    /// <summary>The reported days.</summary>
    public IReadOnlyList<double> Days { get; }

    /// <summary>Susceptible persons S at each day.</summary>
    public IReadOnlyList<double> Susceptible { get; }

    /// <summary>Vaccinated, protected persons V at each day.</summary>
    public IReadOnlyList<double> Vaccinated { get; }

    /// <summary>Latently infected persons E at each day.</summary>
    public IReadOnlyList<double> Exposed { get; }

    /// <summary>Infectious persons I (prevalence) at each day.</summary>
    public IReadOnlyList<double> Infectious { get; }

    /// <summary>Recovered (and dead) persons R at each day.</summary>
    public IReadOnlyList<double> Recovered { get; }

    /// <summary>Persons infected since day 0, at each day (initial infections not counted).</summary>
    public IReadOnlyList<double> CumulativeInfections { get; }

    /// <summary>Effective reproduction number Reff = R0·(S + κV)/N, κ the vaccinees' susceptibility (see <see cref="SeirModel"/>) at each day (dimensionless).</summary>
    public IReadOnlyList<double> EffectiveReproductionNumber { get; }

    /// <summary>Basic reproduction number R0 = β/γ (dimensionless).</summary>
    public double BasicReproductionNumber => Parameters.BasicReproductionNumber;

    /// <summary>Highest prevalence of infectious persons (persons), located between output days.</summary>
    public double PeakPrevalence { get; }

    /// <summary>Day of <see cref="PeakPrevalence"/>.</summary>
    public double PeakDay { get; }

    /// <summary>Infections over the whole simulation (persons).</summary>
    public double TotalInfections => CumulativeInfections[^1];

    /// <summary>Final size: infections over the simulation as a fraction of the population (attack rate).</summary>
    public double AttackRate => TotalInfections / Parameters.Population;

    /// <summary>Deaths (persons): infection-fatality ratio × infections.</summary>
    public double Deaths => Parameters.InfectionFatalityRatio * TotalInfections;

    /// <summary>Vaccine doses given (persons): pre-epidemic coverage of the initially susceptible plus the campaigns' doses.</summary>
    public double DosesUsed { get; }
}
