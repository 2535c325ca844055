namespace MedTwin.Notebooks.Execution;

/// <summary>How a notebook run went: each cell, and the manifest written into the notebook.</summary>
/// <param name="Cells">One entry per cell, in order.</param>
/// <param name="Manifest">What the run was made of.</param>
public sealed record RunResult(IReadOnlyList<CellRun> Cells, RunManifest Manifest)
{
    /// <summary>Whether every code cell ran to its end.</summary>
    public bool Succeeded => Cells.All(c => c.Status is CellStatus.Succeeded or CellStatus.PassedThrough);

    /// <summary>The time spent in cells.</summary>
    public TimeSpan Duration => Cells.Aggregate(TimeSpan.Zero, (total, cell) => total + cell.Duration);
}
