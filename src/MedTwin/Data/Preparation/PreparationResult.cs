using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>The prepared data and the report of how it was prepared.</summary>
/// <param name="Data">The prepared frame: a new frame, the input is never changed.</param>
/// <param name="Report">What each step did.</param>
public sealed record PreparationResult(DataFrame Data, PreparationReport Report)
{
    /// <summary>
    /// The UCUM unit of each prepared column whose unit is known, in the frame's column order: the units given to the
    /// recipe, as converted, derived or made dimensionless (<c>1</c>) by its steps.
    /// </summary>
    public IReadOnlyDictionary<string, string> Units { get; init; } = ColumnUnits.Empty;
}
