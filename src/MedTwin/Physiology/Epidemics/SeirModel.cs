using System.Globalization;
using MedTwin.Physiology.Ode;
using static MedTwin.Physiology.Epidemics.SeirCompartment;

namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// Deterministic SEIR model with vaccination (Keeling &amp; Rohani 2008, ch. 2 and 8), solved by <see cref="DormandPrince45"/>.
/// Time in days, compartments in persons. With force of infection λ = β·I/N, vaccine efficacy e, waning rate ω and
/// campaign dose rate d(t):
/// S' = −λS − u(t) + ωV;  V' = u(t) − κλV − ωV;  E' = λ(S + κV) − σE;  I' = σE − γI;  R' = γI,
/// where κ, the vaccinees' susceptibility, is 1 − e under leaky efficacy and 0 under all-or-nothing (V is then immune), and
/// u(t) = p·d(t)·S/(S + R) with p = e under all-or-nothing, 1 under leaky (see <see cref="VaccinationProgram"/>).
/// With a latent period of 0 the E equation drops out and λ(S + κV) enters I directly (SIR). Cumulative
/// infections are integrated alongside; deaths are the infection-fatality ratio times infections (deaths stay in R, so
/// N is constant). Reff(t) = R0·(S + κV)/N.
/// </summary>
public sealed class SeirModel
{
    /// <summary>Creates the model for one disease and population.</summary>
    public SeirModel(SeirParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
    }

    /// <summary>The disease and population.</summary>
    public SeirParameters Parameters { get; }

    /// <summary>Solves the model for <paramref name="scenario"/>.</summary>
    /// <exception cref="ArgumentException">The initially infected and recovered exceed the population.</exception>
    public SeirRun Simulate(SeirScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var system = new SeirOdeSystem(Parameters, scenario.Vaccination);
        var initial = InitialState(scenario, out var preEpidemicDoses);
        var options = new OdeOptions
        {
            RelativeTolerance = scenario.RelativeTolerance,
            AbsoluteTolerance = scenario.AbsoluteTolerance,
            OutputTimes = OutputGrid(scenario),
            Discontinuities = CampaignBoundaries(scenario),
            Events = [new OdeEvent { Name = "peak prevalence", Function = (_, y) => system.PrevalenceGrowth(y), Direction = EventDirection.Falling }],
        };
        var solution = new DormandPrince45().Solve(system, 0, initial, scenario.Days, options);
        var campaignDoses = scenario.Vaccination?.Campaigns.Sum(c => c.DosesGivenBy(scenario.Days)) ?? 0;
        return new SeirRun(Parameters, solution, system, preEpidemicDoses + campaignDoses);
    }

    /// <summary>
    /// Runs <paramref name="scenario"/> with its vaccination and again without it, and reports infections and deaths
    /// averted and doses used.
    /// </summary>
    public VaccinationImpact ImpactOfVaccination(SeirScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new VaccinationImpact(Simulate(scenario), Simulate(scenario with { Vaccination = null }));
    }

    private double[] InitialState(SeirScenario scenario, out double preEpidemicDoses)
    {
        var infectedOrImmune = scenario.InitialExposed + scenario.InitialInfectious + scenario.InitialRecovered;
        if (infectedOrImmune > Parameters.Population)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"InitialExposed + InitialInfectious + InitialRecovered = {infectedOrImmune} exceeds the population {Parameters.Population}."),
                nameof(scenario));
        }

        if (Parameters.LatentPeriod == 0 && scenario.InitialExposed > 0)
        {
            throw new ArgumentException("InitialExposed must be 0 in an SIR model (LatentPeriod = 0).", nameof(scenario));
        }

        var susceptible = Parameters.Population - infectedOrImmune;
        var vaccination = scenario.Vaccination;
        preEpidemicDoses = vaccination is null ? 0 : vaccination.PreEpidemicCoverage * susceptible;
        var protectedFraction = vaccination is null ? 0 : vaccination.EfficacyModel == VaccineEfficacyModel.Leaky ? 1 : vaccination.Efficacy;
        var vaccinated = protectedFraction * preEpidemicDoses;
        var state = new double[Count];
        state[Susceptible] = susceptible - vaccinated;
        state[Vaccinated] = vaccinated;
        state[Exposed] = scenario.InitialExposed;
        state[Infectious] = scenario.InitialInfectious;
        state[Recovered] = scenario.InitialRecovered;
        return state;
    }

    private static double[] OutputGrid(SeirScenario scenario)
    {
        var count = (int)Math.Ceiling(scenario.Days / scenario.OutputInterval);
        var grid = Enumerable.Range(0, count).Select(i => i * scenario.OutputInterval).Where(t => t < scenario.Days).ToList();
        grid.Add(scenario.Days);
        return [.. grid];
    }

    private static OdeDiscontinuity[] CampaignBoundaries(SeirScenario scenario) =>
    [
        .. (scenario.Vaccination?.Campaigns ?? [])
            .SelectMany(c => new[] { c.StartDay, c.EndDay })
            .Where(day => day > 0 && day < scenario.Days)
            .Distinct()
            .Order()
            .Select(day => new OdeDiscontinuity { Time = day }),
    ];
}
