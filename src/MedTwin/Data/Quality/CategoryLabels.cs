using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Quality;

/// <summary>The values of a categorical column as labels, and its observed levels in a stable order.</summary>
internal static class CategoryLabels
{
    public const string MissingLabel = "(missing)";

    /// <summary>One label per row (null where missing).</summary>
    public static string?[] Of(DataFrameColumn column, bool[] missing)
    {
        var labels = new string?[missing.Length];
        for (var row = 0; row < labels.Length; row++)
        {
            labels[row] = missing[row] ? null : Convert.ToString(column[row], CultureInfo.InvariantCulture);
        }

        return labels;
    }

    /// <summary>The distinct labels: numerically ordered for a numeric column, ordinally otherwise.</summary>
    public static List<string> ObservedLevels(DataFrameColumn column, string?[] labels)
    {
        var distinct = labels.OfType<string>().Distinct(StringComparer.Ordinal);
        return column.IsNumericColumn()
            ? [.. distinct.OrderBy(label => double.Parse(label, NumberStyles.Float, CultureInfo.InvariantCulture)).ThenBy(label => label, StringComparer.Ordinal)]
            : [.. distinct.Order(StringComparer.Ordinal)];
    }
}
