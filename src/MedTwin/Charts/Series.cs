using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Charts;

/// <summary>A named series of values for a chart; missing values (null) are counted, not silently dropped.</summary>
/// <param name="Name">The legend name.</param>
/// <param name="Values">The values, nulls allowed.</param>
public sealed record Series(string Name, IReadOnlyList<double?> Values)
{
    /// <summary>A numeric DataFrame column as a series named after it (or <paramref name="name"/>).</summary>
    /// <exception cref="ArgumentException">The column is not numeric.</exception>
    public static Series FromColumn(DataFrameColumn column, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (!column.IsNumericColumn())
        {
            throw new ArgumentException($"Column '{column.Name}' holds {column.DataType.Name} values; a chart series needs numbers.", nameof(column));
        }

        return new Series(name ?? column.Name, [.. column.Cast<object?>().Select(v => v is null ? (double?)null : Convert.ToDouble(v, CultureInfo.InvariantCulture))]);
    }

    /// <summary>The values that are present.</summary>
    public IReadOnlyList<double> Present => [.. Values.Where(v => v.HasValue).Select(v => v!.Value)];

    /// <summary>The legend text: the name with the number of values shown and, if any, missing.</summary>
    public string Label
    {
        get
        {
            var missing = Values.Count - Present.Count;
            return missing == 0 ? $"{Name} (n = {Present.Count})" : $"{Name} (n = {Present.Count}, {missing} missing)";
        }
    }
}
