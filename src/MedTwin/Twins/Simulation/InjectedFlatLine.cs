namespace MedTwin.Twins.Simulation;

/// <summary>
/// The sensor of <paramref name="Code"/> is stuck from <paramref name="From"/> until (not including) <paramref name="Until"/>:
/// every reading repeats the last value it reported before (or its first reading in the window, when it had none).
/// </summary>
/// <param name="Code">The LOINC code whose sensor sticks.</param>
/// <param name="From">When it sticks.</param>
/// <param name="Until">When it reports true values again.</param>
public sealed record InjectedFlatLine(string Code, TimeSpan From, TimeSpan Until) : InjectedFault;
