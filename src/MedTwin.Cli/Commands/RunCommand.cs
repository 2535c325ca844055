using System.CommandLine;
using System.Globalization;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin run NB [-o OUT]</c>: execute a notebook and write it with its outputs.</summary>
internal static class RunCommand
{
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
            var document = NotebookFiles.Read(path);
            var run = await NotebookRunner.RunAsync(document, path, settings.Read(result, Path.GetDirectoryName(path)!), cancellationToken);
            NotebookWriter.Write(document, target);
            return Report(result.InvocationConfiguration, run, target);
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
}
