using MedTwin.Notebooks.Verification;

namespace MedTwin.Cli.Commands;

/// <summary>One notebook's verification as the commands report it: the run, or the error that kept it from running.</summary>
internal sealed record VerificationOutcome(string Path, string RelativePath, VerificationRun? Run, string? Error, TimeSpan Elapsed)
{
    public bool IsIdentical => Run?.Comparison.IsMatch == true;

    public int CellCount => Run?.Received.Cells.Count ?? 0;

    public string Summary => Error is not null ? "failed" : IsIdentical ? "identical" : $"differs ({Differences(Run!.Comparison)})";

    private static string Differences(NotebookComparisonResult comparison)
    {
        if (comparison.StructureProblem is not null)
        {
            return "cells added, removed or changed";
        }

        var cells = comparison.Cells.Count(c => !c.IsMatch);
        var parts = new List<string>();
        if (cells > 0)
        {
            parts.Add(cells == 1 ? "1 cell" : $"{cells} cells");
        }

        var files = comparison.Files.Count(f => !f.IsMatch);
        if (files > 0)
        {
            parts.Add(files == 1 ? "1 file" : $"{files} files");
        }

        if (comparison.ManifestDifferences.Count > 0)
        {
            parts.Add("manifest");
        }

        return string.Join(", ", parts);
    }

    public NotebookVerification ForReport() => Run is null
        ? new NotebookVerification(RelativePath, Error!)
        : new NotebookVerification(RelativePath, Run.Comparison, Run.CellDurations);
}
