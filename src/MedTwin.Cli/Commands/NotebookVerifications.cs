using System.CommandLine;
using System.Diagnostics;
using MedTwin.Data.Snapshots;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;
using MedTwin.Notebooks.Jupyter;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Cli.Commands;

/// <summary>Verifies notebooks one after another and reports what differs, as <c>verify</c> and <c>reproduce</c> do.</summary>
internal static class NotebookVerifications
{
    public static async Task<VerificationOutcome> VerifyAsync(
        string path, string relativeTo, Func<string, RunOptions> options, CancellationToken cancellationToken)
    {
        var relative = Path.GetRelativePath(relativeTo, path);
        var clock = Stopwatch.StartNew();
        try
        {
            var run = await NotebookVerifier.VerifyAsync(path, options(Path.GetDirectoryName(path)!), cancellationToken);
            return new VerificationOutcome(path, relative, run, null, clock.Elapsed);
        }
        catch (Exception e) when (e is NotebookFormatException or VerificationSettingsException or ScrubTimeoutException or RunParameterException or SnapshotException or IOException)
        {
            return new VerificationOutcome(path, relative, null, e.Message, clock.Elapsed);
        }
    }

    /// <summary>
    /// Writes the received copy and the diffs, or, with <paramref name="accept"/>, the notebook itself, after moving the
    /// received copies of the files it writes into place.
    /// </summary>
    public static void Settle(VerificationOutcome outcome, bool accept, InvocationConfiguration console)
    {
        var received = NotebookDiscovery.ReceivedPath(outcome.Path);
        if (outcome.Run is not { } run)
        {
            console.Error.WriteLine($"FAILED     {outcome.RelativePath}: {outcome.Error}");
            return;
        }

        if (outcome.IsIdentical || accept)
        {
            if (!outcome.IsIdentical)
            {
                foreach (var file in run.Comparison.Files.Where(f => f.ReceivedFile is not null))
                {
                    // The received copy sits beside the committed file, so this move is a rename: whole or not at all.
                    File.Move(file.ReceivedFile!, file.CommittedFile, overwrite: true);
                    console.Output.WriteLine($"accepted   {outcome.RelativePath}: the received '{file.Path}' is the new committed file");
                }

                NotebookWriter.Write(run.Received, outcome.Path);
                var failed = run.Run.Cells.Count(c => c.Status == CellStatus.Failed);
                var note = failed == 0 ? string.Empty : $" ({failed} failed cells: their errors are now part of it)";
                console.Output.WriteLine($"accepted   {outcome.RelativePath}: the received outputs are the new snapshot{note}");
            }
            else if (accept && KernelMetadata.Apply(run.Committed))
            {
                // The outputs stand; only the kernel a Jupyter front end starts changes (an editor may have saved its own).
                NotebookWriter.Write(run.Committed, outcome.Path);
                console.Output.WriteLine($"accepted   {outcome.RelativePath}: it now names MedTwin's kernel ({KernelSpec.DefaultName})");
            }

            File.Delete(received);
            return;
        }

        NotebookWriter.Write(run.Received, received);
        console.Output.WriteLine($"DIFFERS    {outcome.RelativePath}: received outputs written to {received}");
        WriteDifferences(run.Comparison, console.Output);
    }

    private static void WriteDifferences(NotebookComparisonResult comparison, TextWriter output)
    {
        if (comparison.StructureProblem is { } problem)
        {
            output.WriteLine($"  {problem}");
        }

        foreach (var difference in comparison.ManifestDifferences)
        {
            output.WriteLine($"  manifest: {difference}");
        }

        foreach (var file in comparison.Files.Where(f => !f.IsMatch))
        {
            output.WriteLine($"  file {file.Path}: {file.Message}");
        }

        foreach (var cell in comparison.Cells.Where(c => !c.IsMatch))
        {
            output.WriteLine($"  cell {cell.CellNumber}: {cell.Message}");
            if (cell.Diff.Length > 0)
            {
                output.WriteLine(cell.Diff.TrimEnd('\n'));
            }
        }
    }
}
