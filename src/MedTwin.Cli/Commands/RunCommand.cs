using System.CommandLine;
using System.Globalization;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin run NB [-o OUT]</c>: execute a notebook and write it with its outputs.</summary>
internal static class RunCommand
{
    /// <summary>128 + SIGINT, what shells report for a command stopped by Ctrl-C.</summary>
    private const int InterruptedExitCode = 130;

    public static Command Create()
    {
        var notebook = new Argument<FileInfo>("notebook") { Description = "The notebook to run (.ipynb or .dib)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the executed notebook (default: in place)." };
        var settings = new RunSettingsOptions();
        var command = new Command("run", "Execute a notebook's cells in order and write the notebook with their outputs.") { notebook, output };
        settings.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandErrors.GuardAsync(result, async () =>
        {
            var path = result.GetRequiredValue(notebook).FullName;
            var target = result.GetValue(output)?.FullName ?? path;
            OutputPaths.CheckFile(target);
            var document = NotebookFiles.Read(path);
            using var interrupt = new InterruptSignal(cancellationToken);
            var run = await NotebookRunner.RunAsync(document, path, settings.Read(result, Path.GetDirectoryName(path)!), interrupt.Token);
            NotebookWriter.Write(document, target);
            return interrupt.Token.IsCancellationRequested
                ? ReportInterrupted(result.InvocationConfiguration, run, target)
                : Report(result.InvocationConfiguration, run, target);
        }));
        return command;
    }

    private static int Report(InvocationConfiguration console, RunResult run, string target)
    {
        foreach (var failed in run.Cells.Where(c => c.Status == CellStatus.Failed))
        {
            console.Error.WriteLine($"cell {failed.Index + 1}: {failed.Error!.Name}: {failed.Error.Value}");
        }

        var ran = run.Cells.Count(c => c.Status is CellStatus.Succeeded or CellStatus.Failed);
        var seconds = run.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        console.Output.WriteLine($"{(run.Succeeded ? "ok" : "FAILED")}: ran {ran} cells in {seconds} s; wrote {target}");
        return run.Succeeded ? 0 : 1;
    }

    private static int ReportInterrupted(InvocationConfiguration console, RunResult run, string target)
    {
        var interrupted = run.Cells.LastOrDefault(c => c.Status == CellStatus.Failed);
        var where = interrupted is null ? "before a cell ran" : $"in cell {interrupted.Index + 1}";
        console.Error.WriteLine($"interrupted {where}; wrote {target} with the outputs of the cells that finished");
        return InterruptedExitCode;
    }
}
