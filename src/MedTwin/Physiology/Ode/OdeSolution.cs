using System.Collections.ObjectModel;

namespace MedTwin.Physiology.Ode;

/// <summary>
/// The solution of an initial-value problem at the reported times, with the events found and the work it took.
/// At a discontinuity the solution is right-continuous: an output time equal to a dose's time reports the state after
/// the dose. When every step is reported, the state just before a jump and the one just after share the jump's time.
/// </summary>
public sealed class OdeSolution
{
    internal OdeSolution(IReadOnlyList<double> times, IReadOnlyList<double[]> states, IReadOnlyList<OdeEventOccurrence> events, OdeEventOccurrence? stoppedBy, OdeStatistics statistics)
    {
        Times = new ReadOnlyCollection<double>([.. times]);
        States = new ReadOnlyCollection<IReadOnlyList<double>>([.. states.Select(s => (IReadOnlyList<double>)Array.AsReadOnly(s))]);
        Events = new ReadOnlyCollection<OdeEventOccurrence>([.. events]);
        StoppedBy = stoppedBy;
        Statistics = statistics;
    }

    /// <summary>The reported times, in order.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>The state at each of <see cref="Times"/>.</summary>
    public IReadOnlyList<IReadOnlyList<double>> States { get; }

    /// <summary>The threshold crossings found, in time order.</summary>
    public IReadOnlyList<OdeEventOccurrence> Events { get; }

    /// <summary>The terminal crossing that ended the integration early, or null when it reached the end time.</summary>
    public OdeEventOccurrence? StoppedBy { get; }

    /// <summary>Steps, rejections and evaluations.</summary>
    public OdeStatistics Statistics { get; }

    /// <summary>One state component at every reported time, e.g. a compartment's amount over time.</summary>
    public double[] Component(int component)
    {
        if (States.Count > 0 && (component < 0 || component >= States[0].Count))
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"The solution has {States[0].Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} components.");
        }

        var values = new double[States.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = States[i][component];
        }

        return values;
    }
}
