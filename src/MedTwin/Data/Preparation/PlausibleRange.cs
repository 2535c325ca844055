using MedTwin.Data.Snapshots;

namespace MedTwin.Data.Preparation;

/// <summary>
/// One column checked by <see cref="CheckPlausibility"/>: the variable of the built-in table whose range applies, or the
/// study's own bounds (which override the table's, one or both), in the column's unit.
/// </summary>
public sealed record PlausibleRange
{
    /// <summary>The column to check.</summary>
    public required string Column { get; init; }

    /// <summary>The column's UCUM unit; the unit the column carries (from its snapshot.json) when omitted, and it must agree with that.</summary>
    public string? Unit { get; init; }

    /// <summary>The variable in <see cref="PhysiologicalRanges"/>; the column's name when omitted.</summary>
    public string? Variable { get; init; }

    /// <summary>The smallest plausible value (inclusive) in the column's unit, overriding the table's.</summary>
    public double? Low { get; init; }

    /// <summary>The largest plausible value (inclusive) in the column's unit, overriding the table's.</summary>
    public double? High { get; init; }

    /// <summary>The range check for a snapshot column, with the unit its manifest declares.</summary>
    /// <param name="column">The column as the snapshot's manifest declares it.</param>
    /// <param name="variable">The variable in <see cref="PhysiologicalRanges"/>; the column's name when omitted.</param>
    /// <exception cref="ArgumentException">The manifest declares no unit for the column.</exception>
    public static PlausibleRange For(ColumnSpec column, string? variable = null)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Unit is null
            ? throw new ArgumentException($"The snapshot declares no unit for the column '{column.Name}'; a range check needs one.", nameof(column))
            : new PlausibleRange { Column = column.Name, Unit = column.Unit, Variable = variable };
    }
}
