namespace MedTwin.Data.Preparation;

/// <summary>One row a step removed, and why.</summary>
/// <param name="Step">The step's 1-based position in the recipe.</param>
/// <param name="Row">The row's 0-based index in the frame given to the recipe.</param>
/// <param name="Reason">Why the row was removed, with the values that decided it.</param>
public sealed record RemovedRow(int Step, long Row, string Reason);
