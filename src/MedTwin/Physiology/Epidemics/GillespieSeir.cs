namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// Exact simulation of the stochastic SEIR chain by Gillespie's direct method (Gillespie, J. Phys. Chem. 81 (1977)
/// 2340–2361): the waiting time to the next event is exponential with the total rate, and the event is chosen with
/// probability proportional to its rate. Cost grows with the number of events, about 3 per infection: for small populations.
/// </summary>
public sealed class GillespieSeir : IStochasticSeirSimulator
{
    /// <inheritdoc />
    public StochasticSeirTrajectory Simulate(SeirParameters parameters, SeirCounts initial, StochasticSeirOptions options, int seed)
    {
        var rates = new StochasticSeirRates(parameters, initial, options);
        var random = new Random(seed);
        var recorder = new TrajectoryRecorder(options.Grid());
        var (s, e, i, r) = (initial.Susceptible, initial.Exposed, initial.Infectious, initial.Recovered);
        var time = 0.0;
        double? extinction = e + i == 0 ? 0 : null;
        while (true)
        {
            var infection = rates.TransmissionPerInfectious * s * i;
            var progression = rates.IsSir ? 0 : rates.Progression * e;
            var recovery = rates.Recovery * i;
            var total = infection + progression + recovery;
            // 1 − U lies in (0, 1], so the logarithm is finite.
            var next = total > 0 ? time - (Math.Log(1 - random.NextDouble()) / total) : double.PositiveInfinity;
            recorder.RecordBefore(next, s, e, i, r);
            if (next > options.Days)
            {
                break;
            }

            time = next;
            var pick = random.NextDouble() * total;
            if (pick < infection)
            {
                s--;
                recorder.CountInfections(1);
                if (rates.IsSir)
                {
                    i++;
                }
                else
                {
                    e++;
                }
            }
            else if (pick < infection + progression)
            {
                e--;
                i++;
            }
            else
            {
                i--;
                r++;
            }

            if (e + i == 0)
            {
                extinction = time;
            }
        }

        return recorder.Finish(seed, extinction);
    }
}
