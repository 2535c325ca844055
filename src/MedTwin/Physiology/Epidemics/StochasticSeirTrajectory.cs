namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// One stochastic SEIR trajectory on the recording grid (persons at each day). Each recorded value is the state at
/// the last event (Gillespie) or leap (tau-leaping) at or before that day.
/// </summary>
public sealed class StochasticSeirTrajectory
{
    internal StochasticSeirTrajectory(int seed, double[] days, int[] susceptible, int[] exposed, int[] infectious, int[] recovered, int totalInfections, double? extinctionDay)
    {
        Seed = seed;
        Days = days;
        Susceptible = susceptible;
        Exposed = exposed;
        Infectious = infectious;
        Recovered = recovered;
        TotalInfections = totalInfections;
        ExtinctionDay = extinctionDay;
    }

    /// <summary>The seed of the run's <see cref="Random"/>.</summary>
    public int Seed { get; }

    /// <summary>The recorded days.</summary>
    public IReadOnlyList<double> Days { get; }

    /// <summary>Susceptible persons at each day.</summary>
    public IReadOnlyList<int> Susceptible { get; }

    /// <summary>Latently infected persons at each day.</summary>
    public IReadOnlyList<int> Exposed { get; }

    /// <summary>Infectious persons at each day.</summary>
    public IReadOnlyList<int> Infectious { get; }

    /// <summary>Recovered persons at each day.</summary>
    public IReadOnlyList<int> Recovered { get; }

    /// <summary>Infections during the run (persons; initial infections not counted).</summary>
    public int TotalInfections { get; }

    /// <summary>The day no one was left latent or infectious (the epidemic went extinct); null if it had not by the end.</summary>
    public double? ExtinctionDay { get; }
}
