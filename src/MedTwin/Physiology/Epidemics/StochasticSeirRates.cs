using System.Globalization;

namespace MedTwin.Physiology.Epidemics;

/// <summary>The per-capita rates of the stochastic SEIR chain, and the checks both simulators share.</summary>
internal sealed class StochasticSeirRates
{
    public StochasticSeirRates(SeirParameters parameters, SeirCounts initial, StochasticSeirOptions options)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(options);
        if (initial.Population != parameters.Population)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The initial counts sum to {initial.Population} persons but the population is {parameters.Population}."), nameof(initial));
        }

        IsSir = parameters.LatentPeriod == 0;
        if (IsSir && initial.Exposed > 0)
        {
            throw new ArgumentException("The initial Exposed count must be 0 in an SIR model (LatentPeriod = 0).", nameof(initial));
        }

        TransmissionPerInfectious = parameters.TransmissionRate / parameters.Population;
        Progression = parameters.ProgressionRate;
        Recovery = parameters.RecoveryRate;
    }

    /// <summary>Whether infections enter I directly (latent period 0).</summary>
    public bool IsSir { get; }

    /// <summary>β/N (per person per day): the infection rate is this × S × I.</summary>
    public double TransmissionPerInfectious { get; }

    /// <summary>σ (per day).</summary>
    public double Progression { get; }

    /// <summary>γ (per day).</summary>
    public double Recovery { get; }
}
