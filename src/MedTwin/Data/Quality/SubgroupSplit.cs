using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Quality;

/// <summary>The rows of a frame assigned to the groups of one <see cref="SubgroupDefinition"/>.</summary>
internal sealed class SubgroupSplit
{
    public const string OutsideLabel = "(outside bands)";

    private SubgroupSplit(SubgroupDefinition definition, List<string> groups, int declared, int[] groupOfRow)
    {
        Definition = definition;
        Groups = groups;
        Declared = declared;
        GroupOfRow = groupOfRow;
    }

    public SubgroupDefinition Definition { get; }

    /// <summary>The groups in report order: the declared or observed ones, then "(outside bands)" and "(missing)" if any rows fall there.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>How many of the first <see cref="Groups"/> are declared (subject to the threshold).</summary>
    public int Declared { get; }

    /// <summary>For each row, the index of its group in <see cref="Groups"/>.</summary>
    public int[] GroupOfRow { get; }

    public static SubgroupSplit Assign(DataFrameColumn column, SubgroupDefinition definition, ColumnMissing missing) =>
        definition.Kind == SubgroupKind.Bands ? AssignBands(column, definition, missing) : AssignCategories(column, definition, missing);

    private static SubgroupSplit AssignCategories(DataFrameColumn column, SubgroupDefinition definition, ColumnMissing missing)
    {
        var labels = CategoryLabels.Of(column, missing.Missing);
        var groups = definition.Levels is { } levels ? [.. levels] : CategoryLabels.ObservedLevels(column, labels);
        var declared = groups.Count;
        var index = groups.Select((group, i) => (group, i)).ToDictionary(p => p.group, p => p.i, StringComparer.Ordinal);
        var groupOfRow = new int[labels.Length];
        for (var row = 0; row < labels.Length; row++)
        {
            if (labels[row] is not { } label)
            {
                groupOfRow[row] = -1;
            }
            else if (index.TryGetValue(label, out var i))
            {
                groupOfRow[row] = i;
            }
            else
            {
                throw new ArgumentException(
                    $"Subgroup column '{column.Name}', row {row + 1}: the value '{label}' is not one of the declared levels ({string.Join(", ", groups)}).");
            }
        }

        return WithMissing(definition, groups, declared, groupOfRow, outside: false);
    }

    private static SubgroupSplit AssignBands(DataFrameColumn column, SubgroupDefinition definition, ColumnMissing missing)
    {
        if (!column.IsNumericColumn())
        {
            throw new ArgumentException(
                $"Subgroup column '{column.Name}' holds {column.DataType.Name} values; bands need a numeric column. Use SubgroupDefinition.Category for a categorical one.");
        }

        var edges = definition.Edges;
        var groups = BandLabels(column, edges);
        var groupOfRow = new int[missing.Missing.Length];
        var outside = false;
        for (var row = 0; row < groupOfRow.Length; row++)
        {
            var raw = column[row];
            var value = raw is null ? double.NaN : Convert.ToDouble(raw, CultureInfo.InvariantCulture);
            if (raw is not null && !double.IsFinite(value))
            {
                throw new ArgumentException(
                    $"Subgroup column '{column.Name}', row {row + 1}: the value is {SubgroupDefinition.Format(value)}; bands need finite numbers (an empty value counts as missing).");
            }

            if (missing.Missing[row])
            {
                groupOfRow[row] = -1;
                continue;
            }

            var band = Band(edges, value);
            groupOfRow[row] = band >= 0 ? band : -2;
            outside |= band < 0;
        }

        return WithMissing(definition, groups, groups.Count, groupOfRow, outside);
    }

    // Rows marked -2 fall outside the bands and -1 are missing; both get a group of their own after the declared ones.
    private static SubgroupSplit WithMissing(SubgroupDefinition definition, List<string> groups, int declared, int[] groupOfRow, bool outside)
    {
        var outsideIndex = -1;
        if (outside)
        {
            outsideIndex = groups.Count;
            groups.Add(OutsideLabel);
        }

        var missingIndex = -1;
        if (groupOfRow.Contains(-1))
        {
            missingIndex = groups.Count;
            groups.Add(CategoryLabels.MissingLabel);
        }

        for (var row = 0; row < groupOfRow.Length; row++)
        {
            groupOfRow[row] = groupOfRow[row] switch
            {
                -1 => missingIndex,
                -2 => outsideIndex,
                var i => i,
            };
        }

        return new SubgroupSplit(definition, groups, declared, groupOfRow);
    }

    private static int Band(IReadOnlyList<double> edges, double value)
    {
        if (value < edges[0] || value >= edges[^1])
        {
            return -1;
        }

        var band = 0;
        while (value >= edges[band + 1])
        {
            band++;
        }

        return band;
    }

    private static List<string> BandLabels(DataFrameColumn column, IReadOnlyList<double> edges)
    {
        var wholeNumbers = IsIntegerType(column.DataType) && edges.All(edge => edge == Math.Floor(edge));
        var labels = new List<string>(edges.Count - 1);
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            var (lower, upper) = (edges[i], edges[i + 1]);
            labels.Add(!wholeNumbers
                ? $"[{SubgroupDefinition.Format(lower)}, {SubgroupDefinition.Format(upper)})"
                : upper - 1 == lower ? SubgroupDefinition.Format(lower) : $"{SubgroupDefinition.Format(lower)}–{SubgroupDefinition.Format(upper - 1)}");
        }

        return labels;
    }

    private static bool IsIntegerType(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(byte);
}
