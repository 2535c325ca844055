namespace MedTwin.Physiology.Ode;

/// <summary>A function of time and state whose value is zero where something happens (a threshold is crossed).</summary>
/// <param name="time">The time.</param>
/// <param name="state">The state at that time.</param>
/// <returns>A value that changes sign where the event happens, e.g. <c>state[0] - threshold</c>.</returns>
public delegate double EventFunction(double time, ReadOnlySpan<double> state);

/// <summary>
/// A threshold crossing to locate: where <see cref="Function"/> changes sign in <see cref="Direction"/>. Crossings are
/// found on each accepted step's dense output by Brent's method to a few ulps of the time, so they need not fall on a step.
/// </summary>
public sealed class OdeEvent
{
    /// <summary>The name reported with each crossing.</summary>
    public required string Name { get; init; }

    /// <summary>g(t, y), zero at the crossing.</summary>
    public required EventFunction Function { get; init; }

    /// <summary>Which sign changes count; both by default.</summary>
    public EventDirection Direction { get; init; } = EventDirection.Both;

    /// <summary>Whether the integration stops at the first crossing.</summary>
    public bool IsTerminal { get; init; }
}
