using System.CommandLine;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin verify NB|DIR</c>: re-execute in memory and compare every cell's outputs with the committed ones.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("notebook") { Description = "A notebook, or a folder whose notebooks (.ipynb, .dib) are all verified." };
        var accept = new Option<bool>("--accept") { Description = "Make the received outputs the new committed snapshot." };
        var junit = new Option<FileInfo?>("--junit") { Description = "Write a JUnit XML report: one test case per cell, the diff as failure text." };
        var settings = new RunSettingsOptions();
        var command = new Command("verify", "Re-execute notebooks and compare their outputs with the committed ones; exit 1 on any difference.")
        {
            target, accept, junit,
        };
        settings.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandErrors.GuardAsync(result, async () =>
        {
            var path = result.GetRequiredValue(target);
            if (result.GetValue(junit) is { } junitFile)
            {
                OutputPaths.CheckFile(junitFile.FullName);
            }

            var root = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path))!;
            var notebooks = NotebookDiscovery.Find(path);
            if (notebooks.Count == 0)
            {
                throw new FileNotFoundException($"No notebooks (.ipynb, .dib) under '{path}'.");
            }

            var outcomes = new List<VerificationOutcome>();
            foreach (var notebook in notebooks)
            {
                var outcome = await NotebookVerifications.VerifyAsync(notebook, root, folder => settings.Read(result, folder), cancellationToken);
                if (outcome.IsIdentical)
                {
                    result.InvocationConfiguration.Output.WriteLine($"identical  {outcome.RelativePath}");
                }

                NotebookVerifications.Settle(outcome, result.GetValue(accept), result.InvocationConfiguration);
                outcomes.Add(outcome);
            }

            if (result.GetValue(junit) is { } report)
            {
                JUnitReport.WriteFile(report.FullName, outcomes.Select(o => o.ForReport()));
            }

            return outcomes.All(o => o.IsIdentical || (result.GetValue(accept) && o.Run is not null)) ? 0 : 1;
        }));
        return command;
    }
}
