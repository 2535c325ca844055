using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Verification;

/// <summary>A notebook verified: the committed document, the one re-executed in memory, the run and the comparison.</summary>
/// <param name="Path">The notebook's path.</param>
/// <param name="Committed">The notebook as committed (unchanged).</param>
/// <param name="Received">The notebook as re-executed.</param>
/// <param name="Run">How the re-execution went.</param>
/// <param name="Comparison">Each cell's committed outputs against the received ones.</param>
public sealed record VerificationRun(string Path, NotebookDocument Committed, NotebookDocument Received, RunResult Run, NotebookComparisonResult Comparison)
{
    /// <summary>Cell durations keyed by 1-based cell number, for reports.</summary>
    public IReadOnlyDictionary<int, TimeSpan> CellDurations => Run.Cells.ToDictionary(c => c.Index + 1, c => c.Duration);
}
