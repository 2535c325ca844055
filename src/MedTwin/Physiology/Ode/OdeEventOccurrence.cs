namespace MedTwin.Physiology.Ode;

/// <summary>One crossing of an <see cref="OdeEvent"/>: when it happened, which way, and the state there.</summary>
/// <param name="Name">The event's <see cref="OdeEvent.Name"/>.</param>
/// <param name="Time">The located time of the sign change.</param>
/// <param name="Direction">Which way the function crossed: <see cref="EventDirection.Rising"/> or <see cref="EventDirection.Falling"/>.</param>
/// <param name="State">The state at <paramref name="Time"/>, read from the dense output.</param>
/// <param name="IsTerminal">Whether this crossing stopped the integration.</param>
public sealed record OdeEventOccurrence(string Name, double Time, EventDirection Direction, IReadOnlyList<double> State, bool IsTerminal);
