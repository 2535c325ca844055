namespace MedTwin.Data.Preparation;

/// <summary>One cell a step changed, with both values written culture-invariantly (<c>null</c> means missing).</summary>
/// <param name="Step">The step's 1-based position in the recipe.</param>
/// <param name="Row">The row's 0-based index in the frame given to the recipe (the output row for a join).</param>
/// <param name="Column">The column.</param>
/// <param name="Before">The value before the step.</param>
/// <param name="After">The value after the step.</param>
public sealed record CellChange(int Step, long Row, string Column, string? Before, string? After);
