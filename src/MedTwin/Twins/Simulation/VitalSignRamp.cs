namespace MedTwin.Twins.Simulation;

/// <summary>Where one vital sign goes in a course, and how long it takes to get there.</summary>
/// <param name="Value">The value reached, in the code's unit.</param>
/// <param name="Duration">How long the change takes from the course's onset.</param>
public sealed record VitalSignRamp(double Value, TimeSpan Duration);
