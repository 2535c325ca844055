using MedTwin.Notebooks.Verification;

namespace MedTwin.Cli.Commands;

/// <summary>One notebook's verification as the commands report it: the run, or the error that kept it from running.</summary>
internal sealed record VerificationOutcome(string Path, string RelativePath, VerificationRun? Run, string? Error, TimeSpan Elapsed)
{
    public bool IsIdentical => Run?.Comparison.IsMatch == true;

    public int CellCount => Run?.Received.Cells.Count ?? 0;

    public string Summary => Error is not null
        ? "failed"
        : IsIdentical ? "identical" : $"differs ({Run!.Comparison.Cells.Count(c => !c.IsMatch)} cells)";

    public NotebookVerification ForReport() => Run is null
        ? new NotebookVerification(RelativePath, Error!)
        : new NotebookVerification(RelativePath, Run.Comparison, Run.CellDurations);
}
