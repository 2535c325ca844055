namespace MedTwin.Data.Preparation;

/// <summary>The range of values a variable can plausibly take in a living adult, and where that range comes from.</summary>
/// <param name="Variable">The variable's name in the table, e.g. <c>heartRate</c>.</param>
/// <param name="Description">What the variable is.</param>
/// <param name="Unit">The UCUM unit of <paramref name="Low"/> and <paramref name="High"/>.</param>
/// <param name="Low">The smallest plausible value (inclusive).</param>
/// <param name="High">The largest plausible value (inclusive).</param>
/// <param name="Source">The published source of the range.</param>
public sealed record PhysiologicalRange(string Variable, string Description, string Unit, double Low, double High, string Source);
