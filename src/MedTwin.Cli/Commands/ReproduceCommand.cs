using System.CommandLine;
using MedTwin.Notebooks.Verification;
using Spectre.Console;

namespace MedTwin.Cli.Commands;

/// <summary>
/// <c>medtwin reproduce</c>: verify every notebook under <c>notebooks/</c>, show progress and a summary, render the
/// executed notebooks to <c>artifacts/reproduce/</c>, and exit non-zero if any differ. The README's main job.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var notebooks = new Option<DirectoryInfo>("--notebooks")
        {
            Description = "The folder of notebooks to reproduce.",
            DefaultValueFactory = _ => new DirectoryInfo("notebooks"),
        };
        var artifacts = new Option<DirectoryInfo>("--artifacts")
        {
            Description = "Where the HTML renderings, index and run record go.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "reproduce")),
        };
        var junit = new Option<FileInfo?>("--junit") { Description = "Write a JUnit XML report: one test case per cell." };
        var settings = new RunSettingsOptions();
        var command = new Command("reproduce", "Verify every notebook, render them to HTML, and summarise; exit 1 if any differ.")
        {
            notebooks, artifacts, junit,
        };
        settings.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandErrors.GuardAsync(result, async () =>
        {
            var folder = result.GetRequiredValue(notebooks).FullName;
            OutputPaths.CheckFolder(result.GetRequiredValue(artifacts).FullName);
            if (result.GetValue(junit) is { } junitFile)
            {
                OutputPaths.CheckFile(junitFile.FullName);
            }

            var paths = NotebookDiscovery.Find(folder);
            if (paths.Count == 0)
            {
                throw new FileNotFoundException($"No notebooks (.ipynb, .dib) under '{folder}'.");
            }

            var output = result.InvocationConfiguration.Output;
            var terminal = output == Console.Out && !Console.IsOutputRedirected;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            });
            var outcomes = new List<VerificationOutcome>();
            foreach (var (path, number) in paths.Select((p, i) => (p, i + 1)))
            {
                console.MarkupLine($"[grey]{number}/{paths.Count}[/] verifying {Markup.Escape(Path.GetRelativePath(folder, path))}");
                var outcome = await NotebookVerifications.VerifyAsync(path, folder, f => settings.Read(result, f), cancellationToken);
                NotebookVerifications.Settle(outcome, accept: false, result.InvocationConfiguration);
                outcomes.Add(outcome);
            }

            console.Write(Summary(outcomes));
            var index = ReproduceArtifacts.Write(result.GetRequiredValue(artifacts).FullName, outcomes);
            console.MarkupLine($"HTML renderings and index: {Markup.Escape(index)}");
            if (result.GetValue(junit) is { } report)
            {
                JUnitReport.WriteFile(report.FullName, outcomes.Select(o => o.ForReport()));
            }

            var identical = outcomes.Count(o => o.IsIdentical);
            console.MarkupLine(identical == outcomes.Count
                ? $"[green]{identical} of {outcomes.Count} notebooks reproduced identically.[/]"
                : $"[red]{outcomes.Count - identical} of {outcomes.Count} notebooks did not reproduce.[/]");
            return identical == outcomes.Count ? 0 : 1;
        }));
        return command;
    }

    private static Table Summary(IEnumerable<VerificationOutcome> outcomes)
    {
        var table = new Table().AddColumns("notebook", "cells", "result", "time");
        foreach (var outcome in outcomes)
        {
            var colour = outcome.IsIdentical ? "green" : "red";
            table.AddRow(
                Markup.Escape(outcome.RelativePath),
                outcome.CellCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"[{colour}]{Markup.Escape(outcome.Summary)}[/]",
                ReproduceArtifacts.Seconds(outcome.Elapsed));
        }

        return table;
    }
}
