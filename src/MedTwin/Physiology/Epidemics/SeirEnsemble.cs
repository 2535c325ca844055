namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// Many stochastic SEIR runs from one seed: run k uses the k-th <see cref="Random.Next()"/> of a <see cref="Random"/>
/// seeded with the ensemble's seed, so the whole ensemble regenerates from that one number. Runs go one after another.
/// </summary>
public sealed class SeirEnsemble
{
    private SeirEnsemble(IReadOnlyList<StochasticSeirTrajectory> runs)
    {
        Runs = runs;
        Susceptible = new EnsembleBand(runs, r => r.Susceptible);
        Exposed = new EnsembleBand(runs, r => r.Exposed);
        Infectious = new EnsembleBand(runs, r => r.Infectious);
        Recovered = new EnsembleBand(runs, r => r.Recovered);
    }

    /// <summary>The runs, in the order of their seeds.</summary>
    public IReadOnlyList<StochasticSeirTrajectory> Runs { get; }

    /// <summary>The recorded days, shared by all runs.</summary>
    public IReadOnlyList<double> Days => Runs[0].Days;

    /// <summary>Susceptible persons across runs.</summary>
    public EnsembleBand Susceptible { get; }

    /// <summary>Latently infected persons across runs.</summary>
    public EnsembleBand Exposed { get; }

    /// <summary>Infectious persons across runs.</summary>
    public EnsembleBand Infectious { get; }

    /// <summary>Recovered persons across runs.</summary>
    public EnsembleBand Recovered { get; }

    /// <summary>Runs <paramref name="runs"/> simulations with seeds derived from <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="runs"/> is below 1.</exception>
    public static SeirEnsemble Run(IStochasticSeirSimulator simulator, SeirParameters parameters, SeirCounts initial, StochasticSeirOptions options, int runs, int seed)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var seeds = new Random(seed);
        var trajectories = new StochasticSeirTrajectory[runs];
        for (var run = 0; run < runs; run++)
        {
            trajectories[run] = simulator.Simulate(parameters, initial, options, seeds.Next());
        }

        return new SeirEnsemble(trajectories);
    }
}
