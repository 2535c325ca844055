namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// Simulates the stochastic SEIR model of <see cref="SeirParameters"/> in whole persons: infection S → E at rate β·S·I/N,
/// progression E → I at rate σ·E, recovery I → R at rate γ·I (S → I directly when the latent period is 0), as a
/// continuous-time Markov chain (Keeling &amp; Rohani 2008, ch. 6). Draws come from one <see cref="Random"/> seeded with
/// the given seed, so the same seed gives a bit-identical trajectory.
/// </summary>
public interface IStochasticSeirSimulator
{
    /// <summary>One trajectory from <paramref name="initial"/>, which must sum to the parameters' population.</summary>
    /// <exception cref="ArgumentException">The counts do not sum to the population, or E is positive in an SIR model.</exception>
    StochasticSeirTrajectory Simulate(SeirParameters parameters, SeirCounts initial, StochasticSeirOptions options, int seed);
}
