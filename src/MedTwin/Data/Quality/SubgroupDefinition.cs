using System.Globalization;

namespace MedTwin.Data.Quality;

/// <summary>
/// A declared way to split the rows into subgroups: by the values of a categorical column, or by bands of a numeric
/// column with declared edges. Create one with <see cref="Category"/> or <see cref="Bands"/>.
/// </summary>
public sealed class SubgroupDefinition
{
    private SubgroupDefinition(string name, string column, SubgroupKind kind, IReadOnlyList<string>? levels, IReadOnlyList<double> edges)
    {
        Name = name;
        Column = column;
        Kind = kind;
        Levels = levels;
        Edges = edges;
    }

    /// <summary>The name the report gives this split (the column's name unless another was declared).</summary>
    public string Name { get; }

    /// <summary>The column whose values define the subgroups.</summary>
    public string Column { get; }

    /// <summary>Whether the groups are categories or numeric bands.</summary>
    public SubgroupKind Kind { get; }

    /// <summary>The declared levels of a categorical split, or <see langword="null"/> when the observed values are the levels.</summary>
    public IReadOnlyList<string>? Levels { get; }

    /// <summary>The band edges of a numeric split (empty for a categorical one).</summary>
    public IReadOnlyList<double> Edges { get; }

    /// <summary>
    /// One subgroup per value of <paramref name="column"/>. With <paramref name="levels"/> declared, every declared level is
    /// reported (an empty one too) and a value outside them is an error; without, the observed values are the levels.
    /// </summary>
    /// <param name="column">The categorical column, e.g. "sex".</param>
    /// <param name="levels">The expected levels, in the order to report them.</param>
    /// <param name="name">The name to report the split under; the column's name by default.</param>
    public static SubgroupDefinition Category(string column, IReadOnlyList<string>? levels = null, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        if (levels is not null)
        {
            if (levels.Count == 0)
            {
                throw new ArgumentException($"Subgroup column '{column}': the declared levels are empty; declare at least one, or none to use the observed values.", nameof(levels));
            }

            var repeated = levels.GroupBy(level => level, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
            if (repeated is not null)
            {
                throw new ArgumentException($"Subgroup column '{column}': the level '{repeated.Key}' is declared more than once.", nameof(levels));
            }
        }

        return new SubgroupDefinition(name ?? column, column, SubgroupKind.Category, levels is null ? null : [.. levels], []);
    }

    /// <summary>
    /// One subgroup per band of the numeric <paramref name="column"/>: edges e0 &lt; e1 &lt; … &lt; en declare the bands
    /// [e0, e1), [e1, e2), …, [en-1, en). Rows outside [e0, en) are counted as "(outside bands)", never dropped.
    /// For whole-number edges on an integer column the bands read "21–29"; otherwise "[21, 30)".
    /// </summary>
    /// <param name="column">The numeric column, e.g. "age".</param>
    /// <param name="edges">At least two finite edges in increasing order, e.g. 21, 30, 40, 50, 60, 90.</param>
    /// <param name="name">The name to report the split under; the column's name by default.</param>
    /// <exception cref="ArgumentException">Fewer than two edges, an edge that is NaN or infinite, or edges not strictly increasing.</exception>
    public static SubgroupDefinition Bands(string column, IReadOnlyList<double> edges, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Count < 2)
        {
            throw new ArgumentException($"Subgroup column '{column}': bands need at least two edges (a lower and an upper one); found {edges.Count}.", nameof(edges));
        }

        for (var i = 0; i < edges.Count; i++)
        {
            if (!double.IsFinite(edges[i]))
            {
                throw new ArgumentException($"Subgroup column '{column}': band edge {i + 1} is {Format(edges[i])}; edges must be finite numbers.", nameof(edges));
            }

            if (i > 0 && edges[i] <= edges[i - 1])
            {
                throw new ArgumentException(
                    $"Subgroup column '{column}': band edges must be strictly increasing, but edge {i + 1} ({Format(edges[i])}) does not exceed edge {i} ({Format(edges[i - 1])}); bands would overlap or be out of order.",
                    nameof(edges));
            }
        }

        return new SubgroupDefinition(name ?? column, column, SubgroupKind.Bands, null, [.. edges]);
    }

    /// <inheritdoc />
    public override string ToString() => Kind == SubgroupKind.Bands
        ? $"{Name}: bands of '{Column}' at {string.Join(", ", Edges.Select(Format))}"
        : $"{Name}: categories of '{Column}'";

    internal static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
