namespace MedTwin.Twins.Simulation;

/// <summary>
/// The first reading of <paramref name="Code"/> at or after <paramref name="At"/> reports <paramref name="Value"/>
/// instead of its measurement, as given (not rounded or limited): an artefact, or a value no patient can show.
/// </summary>
/// <param name="Code">The LOINC code whose reading is replaced.</param>
/// <param name="At">When.</param>
/// <param name="Value">The value reported, in the code's unit.</param>
public sealed record InjectedSpike(string Code, TimeSpan At, double Value) : InjectedFault;
