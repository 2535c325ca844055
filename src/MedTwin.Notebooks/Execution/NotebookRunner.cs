using System.Diagnostics;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Jupyter;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// Runs a notebook's cells in order in one C# session, with the run context fixed before the first cell (seed,
/// invariant culture, UTC, virtual clock), and writes outputs and the run manifest into the notebook.
/// </summary>
public sealed class NotebookRunner
{
    /// <summary>The kernel MedTwin runs.</summary>
    public const string CSharpKernel = "csharp";

    private readonly NotebookDocument notebook;
    private readonly RunOptions options;
    private readonly CellExecutor executor;

    private NotebookRunner(NotebookDocument notebook, RunOptions options)
    {
        this.notebook = notebook;
        this.options = options;
        executor = new CellExecutor(options.BaseDirectory, options.Packages);
    }

    /// <summary>Runs <paramref name="notebook"/>, replacing its outputs and its <c>medtwin.manifest</c> metadata.</summary>
    /// <param name="notebook">The notebook, changed in place.</param>
    /// <param name="notebookName">The notebook's name in error messages (its path).</param>
    /// <param name="options">How to run it.</param>
    /// <param name="cancellationToken">Interrupts the running cell; the run then stops.</param>
    /// <exception cref="NotebookFormatException">The notebook's MedTwin settings are invalid.</exception>
    /// <exception cref="RunParameterException">A parameter cannot be applied.</exception>
    public static async Task<RunResult> RunAsync(
        NotebookDocument notebook, string notebookName, RunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        ReproducibleProcess.Enter();
        var settings = NotebookSettings.Read(notebook, notebookName);
        ParameterInjector.Apply(notebook, options.Parameters);
        using var study = Study.Begin(settings.Study(options.Seed) with
        {
            Parameters = options.Parameters,
            DataFolder = options.DataFolder,
            DataSearchDirectory = options.BaseDirectory,
            StudyDirectory = options.BaseDirectory,
            OutputDirectory = options.OutputDirectory,
        });

        var runner = new NotebookRunner(notebook, options);
        var cells = await runner.RunCellsAsync(study, cancellationToken);
        var manifest = RunManifest.Describe(study, runner.executor.Restored);
        WriteManifest(notebook, manifest);
        KernelMetadata.Apply(notebook);
        return new RunResult(cells, manifest);
    }

    private async Task<IReadOnlyList<CellRun>> RunCellsAsync(Study study, CancellationToken cancellationToken)
    {
        var runs = new List<CellRun>();
        var executionCount = 0;
        var stopped = false;
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            if (cell.Kind != NotebookCellKind.Code)
            {
                runs.Add(new CellRun(index, cell.KernelName, CellStatus.PassedThrough, TimeSpan.Zero, null));
                continue;
            }

            if (stopped)
            {
                cell.SetOutputs([], executionCount: null);
                runs.Add(new CellRun(index, cell.KernelName, CellStatus.NotRun, TimeSpan.Zero, null));
                continue;
            }

            options.CellStarting?.Invoke(index);
            study.Step = $"Cell {index + 1}";
            var collector = new CellOutputCollector(++executionCount);
            var clock = Stopwatch.StartNew();
            var error = await RunCellAsync(cell, index, collector, cancellationToken);
            if (error is not null)
            {
                collector.WriteError(error);
            }

            cell.SetOutputs(collector.Outputs, executionCount);
            runs.Add(new CellRun(index, cell.KernelName, error is null ? CellStatus.Succeeded : CellStatus.Failed, clock.Elapsed, error));
            stopped = error is not null && (!options.ContinueOnError || cancellationToken.IsCancellationRequested);
        }

        return runs;
    }

    private async Task<CellError?> RunCellAsync(NotebookCell cell, int index, CellOutputCollector collector, CancellationToken cancellationToken)
    {
        if (cell.KernelName != CSharpKernel)
        {
            return CellErrors.FromMessage(
                "UnsupportedKernelError",
                $"Cell {index + 1} is for the '{cell.KernelName}' kernel; MedTwin runs C# cells only. Run it in Polyglot Notebooks, or rewrite it in C#.");
        }

        return await executor.RunAsync(
            cell.Source, NotebookCellNames.Of(index + 1), $"Cell {index + 1}", collector, options.CellTimeout, cancellationToken);
    }

    private static void WriteManifest(NotebookDocument notebook, RunManifest manifest)
    {
        var medtwin = notebook.GetMetadata(NotebookSettings.MetadataKey) as JsonObject ?? [];
        medtwin.SetSorted(RunManifest.MetadataKey, manifest.ToJson());
        notebook.SetMetadata(NotebookSettings.MetadataKey, medtwin);
    }
}
