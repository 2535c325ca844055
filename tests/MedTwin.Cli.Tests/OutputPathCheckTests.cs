namespace MedTwin.Cli.Tests;

/// <summary>Where a command writes is checked before any cell runs: a bad path is one line naming it, and nothing was executed.</summary>
public sealed class OutputPathCheckTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public void Run_into_a_missing_folder_fails_at_once_naming_the_folder()
    {
        var (notebook, marker) = MarkingNotebook();
        var missing = Path.Combine(scratch.Root, "missing", "dir");

        var run = CliRun.Of("run", notebook, "-o", Path.Combine(missing, "out.ipynb"), "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: The output folder '{missing}' does not exist; create it first.\n", run.Error);
        Assert.False(File.Exists(marker), "a cell ran before the output path was checked");
    }

    [Fact]
    public void Run_into_a_folder_fails_at_once_naming_it()
    {
        var (notebook, marker) = MarkingNotebook();
        var folder = Directory.CreateDirectory(scratch.PathOf("out.ipynb")).FullName;

        var run = CliRun.Of("run", notebook, "-o", folder, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: The output '{folder}' is a folder; name a file to write.\n", run.Error);
        Assert.False(File.Exists(marker), "a cell ran before the output path was checked");
    }

    [Fact]
    public void Run_into_a_folder_that_takes_no_files_fails_at_once_naming_it()
    {
        // The kernel refuses new files in /proc whoever asks, root included, so this holds wherever the tests run.
        var (notebook, marker) = MarkingNotebook();

        var run = CliRun.Of("run", notebook, "-o", "/proc/out.ipynb", "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: The output folder '/proc' cannot be written to: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(marker), "a cell ran before the output path was checked");
    }

    [Fact]
    public void Reproduce_with_artifacts_under_a_file_fails_before_verifying_naming_the_file()
    {
        var (_, marker) = MarkingNotebook();
        var file = scratch.PathOf("taken");
        File.WriteAllText(file, "");

        var run = CliRun.Of("reproduce", "--notebooks", Path.Combine(scratch.Root, "notebooks"), "--artifacts", Path.Combine(file, "report"), "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: The output folder '{Path.Combine(file, "report")}' cannot be created: '{file}' is a file.\n", run.Error);
        Assert.False(File.Exists(marker), "a notebook ran before the output paths were checked");
    }

    [Theory]
    [InlineData("reproduce")]
    [InlineData("verify")]
    public void A_junit_report_into_a_missing_folder_fails_before_verifying_naming_the_folder(string command)
    {
        var (notebook, marker) = MarkingNotebook();
        var missing = Path.Combine(scratch.Root, "missing");
        string[] target = command == "reproduce" ? ["--notebooks", Path.GetDirectoryName(notebook)!, "--artifacts", scratch.PathOf("artifacts")] : [notebook];

        var run = CliRun.Of([command, .. target, "--junit", Path.Combine(missing, "report.xml"), "--data", RepositoryPaths.Data]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: The output folder '{missing}' does not exist; create it first.\n", run.Error);
        Assert.False(File.Exists(marker), "a notebook ran before the output paths were checked");
    }

    /// <summary>A notebook whose only cell leaves a marker file, so a test can tell whether it ran.</summary>
    private (string Notebook, string Marker) MarkingNotebook()
    {
        var marker = Path.Combine(scratch.Root, "cell-ran");
        var notebook = TestNotebooks.Write(scratch.PathOf(Path.Combine("notebooks", "study.ipynb")), $"File.WriteAllText({Literal(marker)}, \"\");");
        return (notebook, marker);
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
