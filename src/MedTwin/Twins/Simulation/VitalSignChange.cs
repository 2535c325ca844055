namespace MedTwin.Twins.Simulation;

/// <summary>
/// One change in a patient's course: from <see cref="Start"/> after the simulation starts, the vital sign
/// <see cref="Code"/> moves linearly from whatever it is then to <see cref="Value"/> over <see cref="Duration"/>, and
/// stays there. A zero duration is a step (a level of consciousness changes, oxygen is started).
/// </summary>
/// <param name="Code">The LOINC code of the vital sign (one of <see cref="VitalSigns.Codes"/>).</param>
/// <param name="Start">When the change begins, from the start of the simulation.</param>
/// <param name="Duration">How long the change takes; zero for a step. Consciousness only steps.</param>
/// <param name="Value">The value reached, in the code's unit (consciousness coded 0–4).</param>
public sealed record VitalSignChange(string Code, TimeSpan Start, TimeSpan Duration, double Value);
