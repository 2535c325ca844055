namespace MedTwin.Data.Preparation;

/// <summary>A category column's levels in their declared order (reference level first), e.g. a snapshot's <c>levels</c>.</summary>
public sealed record CategoryLevels
{
    /// <summary>The column.</summary>
    public required string Column { get; init; }

    /// <summary>Every allowed level, in order.</summary>
    public required IReadOnlyList<string> Levels { get; init; }
}
