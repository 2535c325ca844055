using MedTwin.Notebooks.Documents;

namespace MedTwin.Cli.Tests;

public sealed class RunCommandErrorTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    [Fact]
    public void A_cell_that_never_finishes_is_abandoned_after_the_cell_timeout_and_fails_the_run()
    {
        // The abandoned cell's thread cannot be stopped; it spins while the file "spinning" exists, so that once the test
        // deletes it the thread ends instead of taking a processor from the other tests for the rest of the run.
        var spinning = scratch.PathOf("spinning");
        File.WriteAllText(spinning, "");
        var notebook = TestNotebooks.Write(
            scratch.PathOf("study.ipynb"), $"while (true) {{ if (!File.Exists({Literal(spinning)})) break; }}", "Console.WriteLine(\"after\");");
        try
        {
            var run = CliRun.Of("run", notebook, "--cell-timeout", "0.5", "--data", RepositoryPaths.Data);

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("cell 1: CellTimeoutError: The cell ran longer than 0.5 s and was abandoned", run.Error, StringComparison.Ordinal);
            var written = NotebookReader.Read(notebook);
            Assert.Equal("CellTimeoutError", Assert.IsType<ErrorOutput>(Assert.Single(written.Cells[0].Outputs)).ErrorName);
            Assert.Empty(written.Cells[1].Outputs);
        }
        finally
        {
            File.Delete(spinning);
        }
    }

    [Fact]
    public void Numbers_on_the_command_line_are_read_the_same_in_every_culture()
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("study.ipynb"), "System.Threading.Thread.Sleep(3000);");
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var run = CliRun.Of("run", notebook, "--cell-timeout", "0.5", "--data", RepositoryPaths.Data);

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("cell 1: CellTimeoutError: The cell ran longer than 0.5 s", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("NaN")]
    [InlineData("1e7")]
    [InlineData("1e300")]
    public void A_cell_timeout_that_is_not_a_positive_number_of_seconds_is_a_clear_error(string timeout)
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("study.ipynb"), "1");
        var before = File.ReadAllBytes(notebook);

        var run = CliRun.Of("run", notebook, "--cell-timeout", timeout, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: --cell-timeout must be a number of seconds above 0 and at most 1000000; found ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, File.ReadAllBytes(notebook));
    }

    [Fact]
    public void A_cell_timeout_that_is_not_a_number_is_a_clear_error()
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("study.ipynb"), "1");

        var run = CliRun.Of("run", notebook, "--cell-timeout", "abc", "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'abc'", run.Error, StringComparison.Ordinal);
        Assert.Contains("--cell-timeout", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_that_is_not_valid_json_is_an_error_naming_the_file_and_the_position()
    {
        var notebook = scratch.PathOf("broken.ipynb");
        File.WriteAllText(notebook, "{\n \"cells\": [\n  {\"cell_type\": \"code\",, }\n ]\n}\n");

        var run = CliRun.Of("run", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: '{notebook}': is not valid JSON at line 3, byte ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_notebook_that_does_not_exist_is_a_clear_error()
    {
        var missing = scratch.PathOf("nowhere.ipynb");

        var run = CliRun.Of("run", missing, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: No notebook at '{missing}'.{Environment.NewLine}", run.Error);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_parameter_without_an_equals_sign_is_a_clear_error()
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("study.ipynb"), "1");

        var run = CliRun.Of("run", notebook, "-p", "minimumAge", "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: A parameter is name=value; found \"minimumAge\".{Environment.NewLine}", run.Error);
    }

    [Fact]
    public void A_parameter_the_notebook_does_not_declare_is_a_clear_error_listing_the_declared_ones()
    {
        var path = scratch.PathOf("study.ipynb");
        var document = TestNotebooks.Create("var minimumAge = 21;", "minimumAge");
        document.Cells[0].AddTag("parameters");
        NotebookWriter.Write(document, path);
        var before = File.ReadAllBytes(path);

        var run = CliRun.Of("run", path, "-p", "maximumAge=60", "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"error: Parameter 'maximumAge' is not declared in the 'parameters' cell. Declared: minimumAge.{Environment.NewLine}", run.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    public void Dispose() => scratch.Dispose();
}
