namespace MedTwin.Data.Quality;

/// <summary>How many values of one column are missing within one subgroup.</summary>
/// <param name="Subgroup">The split's name, e.g. "age".</param>
/// <param name="Group">The group, e.g. "21–29".</param>
/// <param name="Column">The column.</param>
/// <param name="Rows">The rows in the group.</param>
/// <param name="Missing">Values missing there (empty or a declared sentinel).</param>
/// <param name="Share">Missing as a share of the group's rows (0 to 1; 0 for an empty group).</param>
public sealed record SubgroupMissingness(string Subgroup, string Group, string Column, int Rows, int Missing, double Share);
