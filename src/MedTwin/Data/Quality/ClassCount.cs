namespace MedTwin.Data.Quality;

/// <summary>One outcome class and how many rows have it.</summary>
/// <param name="Level">The outcome value, or "(missing)".</param>
/// <param name="Count">The number of rows.</param>
/// <param name="Share">The share of all rows (0 to 1).</param>
public sealed record ClassCount(string Level, int Count, double Share);
