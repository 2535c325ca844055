namespace MedTwin.Physiology.Ode;

/// <summary>
/// Watches the event functions across each accepted step and locates their sign changes on the step's dense output.
/// A crossing counts when g leaves a nonzero sign and reaches zero or the other sign, so a root that falls exactly on a
/// step's end is reported once, in that step.
/// </summary>
internal sealed class EventLocator
{
    private readonly IReadOnlyList<OdeEvent> events;
    private readonly double[] previous;
    private readonly double[] interpolated;
    private readonly Func<double, double> onDenseOutput;
    private IOdeStepper? stepper;
    private EventFunction? current;

    public EventLocator(IReadOnlyList<OdeEvent> events, int dimension)
    {
        this.events = events;
        previous = new double[events.Count];
        interpolated = new double[dimension];
        onDenseOutput = time =>
        {
            stepper!.Interpolate(time, interpolated);
            return current!(time, interpolated);
        };
    }

    /// <summary>Takes the functions' values at (<paramref name="time"/>, <paramref name="state"/>) as the new reference.</summary>
    public void Reset(double time, ReadOnlySpan<double> state)
    {
        for (var i = 0; i < events.Count; i++)
        {
            previous[i] = events[i].Function(time, state);
        }
    }

    /// <summary>Crossings caused by a jump at <paramref name="time"/>: reported at the jump with the state after it.</summary>
    public List<OdeEventOccurrence> AfterJump(double time, ReadOnlySpan<double> state)
    {
        var found = new List<OdeEventOccurrence>();
        for (var i = 0; i < events.Count; i++)
        {
            var value = events[i].Function(time, state);
            if (Crossing(events[i].Direction, previous[i], value) is { } direction)
            {
                found.Add(new OdeEventOccurrence(events[i].Name, time, direction, state.ToArray(), events[i].IsTerminal));
            }

            previous[i] = value;
        }

        return found;
    }

    /// <summary>Crossings within the step from <paramref name="time"/> to <paramref name="nextTime"/>, in time order.</summary>
    public List<OdeEventOccurrence>? InStep(IOdeStepper step, double time, double nextTime)
    {
        List<OdeEventOccurrence>? found = null;
        for (var i = 0; i < events.Count; i++)
        {
            var value = events[i].Function(nextTime, step.ProposedState);
            if (Crossing(events[i].Direction, previous[i], value) is { } direction)
            {
                stepper = step;
                current = events[i].Function;
                var root = value == 0 ? nextTime : BrentRoot.Find(onDenseOutput, time, nextTime, previous[i], value);
                var state = new double[interpolated.Length];
                step.Interpolate(root, state);
                found ??= [];
                found.Add(new OdeEventOccurrence(events[i].Name, root, direction, state, events[i].IsTerminal));
            }

            previous[i] = value;
        }

        return found?.OrderBy(occurrence => occurrence.Time).ToList();
    }

    private static EventDirection? Crossing(EventDirection wanted, double before, double after)
    {
        EventDirection? actual = before < 0 && after >= 0 ? EventDirection.Rising
            : before > 0 && after <= 0 ? EventDirection.Falling
            : null;
        return actual is null || wanted == EventDirection.Both || wanted == actual ? actual : null;
    }
}
