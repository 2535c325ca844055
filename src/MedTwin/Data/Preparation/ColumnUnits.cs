using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>Column-to-unit maps that keep the frame's column order, so listing them is deterministic.</summary>
internal static class ColumnUnits
{
    public static IReadOnlyDictionary<string, string> Empty { get; } = new OrderedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The units of the frame's columns that have one, in the frame's column order.</summary>
    public static IReadOnlyDictionary<string, string> Present(DataFrame frame, IReadOnlyDictionary<string, string> units)
    {
        var present = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in frame.Columns)
        {
            if (units.TryGetValue(column.Name, out var unit))
            {
                present.Add(column.Name, unit);
            }
        }

        return present;
    }
}
