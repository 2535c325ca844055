using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Tests.Execution;

public sealed class CellErrorTests
{
    [Fact]
    public async Task A_throwing_cell_reports_name_message_and_cell_relative_lines_and_stops_the_run()
    {
        var notebook = NotebookRun.Create(
            "var before = 1;",
            "int Fail(int n) =>\n    n > 0 ? throw new InvalidOperationException(\"boom\") : 0;\n\nFail(1);",
            "before");
        notebook.Cells[2].SetOutputs([new StreamOutput("stdout", "stale\n")], 9);

        var run = await NotebookRun.Of(notebook, NotebookRun.Options());

        var error = run.Error(1);
        Assert.Equal("System.InvalidOperationException", error.ErrorName);
        Assert.Equal("boom", error.ErrorValue);
        Assert.Equal(
            ["System.InvalidOperationException: boom", "   at Fail(Int32 n) in cell-2, line 2", "   at <cell> in cell-2, line 4"],
            error.Traceback);
        Assert.Equal(CellStatus.NotRun, run.Result.Cells[2].Status);
        Assert.Empty(run.Outputs(2));
        Assert.Null(run.Notebook.Cells[2].ExecutionCount);
        Assert.False(run.Result.Succeeded);
    }

    [Fact]
    public async Task Continue_on_error_runs_the_cells_after_a_failure()
    {
        var run = await NotebookRun.Of(
            NotebookRun.Create("throw new Exception(\"first\");", "1 + 1"),
            NotebookRun.Options() with { ContinueOnError = true });

        Assert.Equal("first", run.Error(0).ErrorValue);
        Assert.Equal("2", run.PlainResult(1));
        Assert.Equal([CellStatus.Failed, CellStatus.Succeeded], run.Result.Cells.Select(c => c.Status));
    }

    [Fact]
    public async Task A_result_whose_formatting_throws_is_the_cells_error_not_a_crash()
    {
        var run = await NotebookRun.Of(
            "class Fragile { public override string ToString() => throw new FormatException(\"cannot show\"); }\nnew Fragile()");

        Assert.Equal("System.FormatException", run.Error(0).ErrorName);
        Assert.Equal("cannot show", run.Error(0).ErrorValue);
    }

    [Fact]
    public async Task A_cell_that_does_not_compile_names_cell_line_and_column()
    {
        var run = await NotebookRun.Of("var a = 1;\nvar b = a + missing;");

        var error = run.Error(0);
        Assert.Equal("CompilationError", error.ErrorName);
        Assert.StartsWith("cell-1(2,13): error CS0103: The name 'missing' does not exist", error.ErrorValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_past_its_time_limit_is_abandoned_and_reported()
    {
        var run = await NotebookRun.Of(
            // Spins for 5 s at most: an abandoned cell's thread cannot be stopped, and must not hold a processor for the rest of the tests.
            NotebookRun.Create("var end = DateTime.UtcNow.AddSeconds(5);\nwhile (DateTime.UtcNow < end) { }", "1"),
            NotebookRun.Options() with { CellTimeout = TimeSpan.FromMilliseconds(500) });

        var error = run.Error(0);
        Assert.Equal("CellTimeoutError", error.ErrorName);
        Assert.Contains("ran longer than 0.5 s", error.ErrorValue, StringComparison.Ordinal);
        Assert.Equal(CellStatus.NotRun, run.Result.Cells[1].Status);
    }

    [Fact]
    public async Task A_cell_for_another_kernel_gets_a_clear_error_not_a_crash()
    {
        var run = await NotebookRun.Of("#!fsharp\nlet x = 1");

        var error = run.Error(0);
        Assert.Equal("UnsupportedKernelError", error.ErrorName);
        Assert.Contains("'fsharp' kernel; MedTwin runs C# cells only", error.ErrorValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leading_csharp_magic_line_keeps_line_numbers_cell_relative()
    {
        var run = await NotebookRun.Of("#!csharp\nvar z = ;");

        Assert.StartsWith("cell-1(2,9)", run.Error(0).ErrorValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_directive_is_an_error_naming_cell_and_line()
    {
        var run = await NotebookRun.Of("var a = 1;\n#!time\na");

        var error = run.Error(0);
        Assert.Equal("DirectiveError", error.ErrorName);
        Assert.StartsWith("Cell 1, Line 2: unknown directive '#!time'", error.ErrorValue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#r \"nuget: Newtonsoft.Json\"", "exact version")]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.*\"", "exact version")]
    [InlineData("#i \"nuget:\"", "names no source")]
    [InlineData("#i nuget", "expected #i")]
    public async Task A_malformed_package_directive_is_an_error(string directive, string expected)
    {
        var run = await NotebookRun.Of(directive);

        Assert.Equal("DirectiveError", run.Error(0).ErrorName);
        Assert.Contains(expected, run.Error(0).ErrorValue, StringComparison.Ordinal);
    }
}
