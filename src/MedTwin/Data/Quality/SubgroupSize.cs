namespace MedTwin.Data.Quality;

/// <summary>The size of one subgroup and whether it meets the declared threshold.</summary>
/// <param name="Subgroup">The split's name, e.g. "age".</param>
/// <param name="Group">The group, e.g. "21–29", "(missing)" or "(outside bands)".</param>
/// <param name="Count">The number of rows in it.</param>
/// <param name="Share">Its share of all rows (0 to 1).</param>
/// <param name="BelowThreshold">Whether a declared group falls below the threshold (never for "(missing)" or "(outside bands)").</param>
public sealed record SubgroupSize(string Subgroup, string Group, int Count, double Share, bool BelowThreshold);
