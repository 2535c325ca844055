using MedTwin.Notebooks.Documents;

namespace MedTwin.Cli.Tests;

/// <summary><c>medtwin run</c> stopped by Ctrl-C (SIGINT) keeps what finished, says so, and exits 130.</summary>
public sealed class RunInterruptTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Sigint_writes_the_finished_cells_and_the_interruption_into_the_notebook_prints_one_line_and_exits_130()
    {
        var started = scratch.PathOf("second-cell-started");
        var notebook = TestNotebooks.Write(
            scratch.PathOf("study.ipynb"),
            "Console.WriteLine(\"first\");",
            $"File.WriteAllText({Literal(started)}, \"\"); while (true) System.Threading.Thread.Sleep(50);",
            "Console.WriteLine(\"third\");");
        var process = CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "run", notebook, "--data", RepositoryPaths.Data);
        var completion = CliProcess.CompleteAsync(process);

        await WaitForAsync(started, completion);
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var run = await completion;

        Assert.Equal(130, run.ExitCode);
        Assert.Equal($"interrupted in cell 2; wrote {notebook} with the outputs of the cells that finished\n", run.Error);
        var written = NotebookReader.Read(notebook);
        Assert.Equal("first\n", Assert.IsType<StreamOutput>(Assert.Single(written.Cells[0].Outputs)).Text);
        var interruption = Assert.IsType<ErrorOutput>(Assert.Single(written.Cells[1].Outputs));
        Assert.Equal("CellCancelledError", interruption.ErrorName);
        Assert.Contains("interrupted", interruption.ErrorValue, StringComparison.Ordinal);
        Assert.Empty(written.Cells[2].Outputs);
    }

    private static async Task WaitForAsync(string file, Task<CliRun> completion)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!File.Exists(file))
        {
            Assert.False(completion.IsCompleted, $"medtwin run ended before the cell started: {(completion.IsCompleted ? completion.Result : null)}");
            await Task.Delay(50, limit.Token);
        }
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
