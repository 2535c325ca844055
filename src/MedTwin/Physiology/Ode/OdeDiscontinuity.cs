namespace MedTwin.Physiology.Ode;

/// <summary>Changes the state in place at a scheduled time, e.g. adds a bolus dose to a compartment.</summary>
/// <param name="time">The time of the discontinuity.</param>
/// <param name="state">The state just before it, to be changed to the state just after it.</param>
public delegate void StateJump(double time, Span<double> state);

/// <summary>
/// A scheduled time where the solver must stop exactly, may change the state (<see cref="Jump"/>), and restarts with a
/// fresh initial step: a dose, the start or end of a meal or an infusion. Without a jump it only marks a change of the
/// system's piecewise-constant inputs, so no step straddles it.
/// </summary>
public sealed class OdeDiscontinuity
{
    /// <summary>The time, within the integration interval.</summary>
    public required double Time { get; init; }

    /// <summary>The change to the state at <see cref="Time"/>; none when null.</summary>
    public StateJump? Jump { get; init; }

    /// <summary>A discontinuity that adds <paramref name="amount"/> to state <paramref name="component"/> at <paramref name="time"/>: a bolus.</summary>
    public static OdeDiscontinuity Add(double time, int component, double amount) =>
        new() { Time = time, Jump = (_, state) => state[component] += amount };
}
