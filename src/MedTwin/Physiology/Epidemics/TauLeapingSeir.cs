namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// Approximate simulation of the stochastic SEIR chain by tau-leaping with a fixed leap τ (days) and binomial draws
/// (the "chain binomial" form, Gillespie, J. Chem. Phys. 115 (2001) 1716; binomial leaping as in Tian &amp; Burrage,
/// J. Chem. Phys. 121 (2004) 10356): in each leap, infections ~ Bin(S, 1 − e^(−β·I/N·τ)), progressions
/// ~ Bin(E, 1 − e^(−σ·τ)) and recoveries ~ Bin(I, 1 − e^(−γ·τ)), all from the counts at the start of the leap, so no
/// compartment can go negative. Exact as τ → 0; its error grows with τ·rate. Much faster than <see cref="GillespieSeir"/>
/// when many events happen per day.
/// </summary>
public sealed class TauLeapingSeir : IStochasticSeirSimulator
{
    /// <summary>Creates the simulator with leap <paramref name="leap"/> (days).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The leap is not positive and finite.</exception>
    public TauLeapingSeir(double leap)
    {
        Leap = Require.Positive(leap, nameof(leap));
    }

    /// <summary>The leap τ (days).</summary>
    public double Leap { get; }

    /// <inheritdoc />
    public StochasticSeirTrajectory Simulate(SeirParameters parameters, SeirCounts initial, StochasticSeirOptions options, int seed)
    {
        var rates = new StochasticSeirRates(parameters, initial, options);
        var random = new Random(seed);
        var recorder = new TrajectoryRecorder(options.Grid());
        var (s, e, i, r) = (initial.Susceptible, initial.Exposed, initial.Infectious, initial.Recovered);
        var progressionProbability = rates.IsSir ? 0 : LeaveProbability(rates.Progression);
        var recoveryProbability = LeaveProbability(rates.Recovery);
        double? extinction = e + i == 0 ? 0 : null;
        for (var leap = 0L; ; leap++)
        {
            // Multiplying, not adding, keeps the leap times free of accumulated rounding.
            var end = (leap + 1) * Leap;
            recorder.RecordBefore(end, s, e, i, r);
            if (end > options.Days)
            {
                break;
            }

            var infections = BinomialSampler.Sample(random, s, LeaveProbability(rates.TransmissionPerInfectious * i));
            var progressions = BinomialSampler.Sample(random, e, progressionProbability);
            var recoveries = BinomialSampler.Sample(random, i, recoveryProbability);
            s -= infections;
            recorder.CountInfections(infections);
            if (rates.IsSir)
            {
                i += infections - recoveries;
            }
            else
            {
                e += infections - progressions;
                i += progressions - recoveries;
            }

            r += recoveries;
            if (extinction is null && e + i == 0)
            {
                extinction = end;
            }
        }

        return recorder.Finish(seed, extinction);
    }

    /// <summary>1 − e^(−rate·τ), the chance of leaving a compartment within a leap, without cancellation for small rate·τ.</summary>
    private double LeaveProbability(double rate)
    {
        var x = rate * Leap;
        return x < 1e-5 ? x * (1 - (x / 2 * (1 - (x / 3)))) : 1 - Math.Exp(-x);
    }
}
