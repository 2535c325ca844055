namespace MedTwin.Data.Quality;

/// <summary>The class balance of the outcome within one subgroup.</summary>
/// <param name="Subgroup">The split's name, e.g. "age".</param>
/// <param name="Group">The group, e.g. "21–29".</param>
/// <param name="Level">The outcome value, or "(missing)".</param>
/// <param name="Count">Rows of the group with that outcome.</param>
/// <param name="Share">Their share of the group's rows (0 to 1; 0 for an empty group).</param>
public sealed record SubgroupOutcome(string Subgroup, string Group, string Level, int Count, double Share);
