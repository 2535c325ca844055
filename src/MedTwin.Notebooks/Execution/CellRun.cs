namespace MedTwin.Notebooks.Execution;

/// <summary>One cell's part in a run.</summary>
/// <param name="Index">The cell's position in the notebook (0-based, all cells counted).</param>
/// <param name="Kernel">The cell's kernel, e.g. "csharp" or "markdown".</param>
/// <param name="Status">What happened.</param>
/// <param name="Duration">How long it ran (zero for cells that did not run).</param>
/// <param name="Error">The error that failed it, if it failed.</param>
public sealed record CellRun(int Index, string Kernel, CellStatus Status, TimeSpan Duration, CellError? Error);
