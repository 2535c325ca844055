using System.Globalization;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Tests.Execution;

public sealed class CellExecutionTests
{
    [Fact]
    public async Task State_carries_from_cell_to_cell_and_a_final_expression_is_the_cells_result()
    {
        var run = await NotebookRun.Of("var x = 20;", "# Markdown passes through", "x * 2 + 2");

        Assert.Empty(run.Outputs(0));
        Assert.Equal("42", run.PlainResult(2));
        Assert.Equal(2, run.ExecuteResult(2).ExecutionCount);
        Assert.Equal(2, run.Notebook.Cells[2].ExecutionCount);
        Assert.True(run.Result.Succeeded);
        Assert.Equal(CellStatus.PassedThrough, run.Result.Cells[1].Status);
    }

    [Fact]
    public async Task A_cell_ending_in_a_statement_or_a_void_call_has_no_result()
    {
        var run = await NotebookRun.Of("var y = 1;", "Console.Write(\"\")");

        Assert.Empty(run.Outputs(0));
        Assert.Empty(run.Outputs(1));
    }

    [Fact]
    public async Task A_final_expression_that_is_null_shows_as_null()
    {
        var run = await NotebookRun.Of("string? s = null;\ns");

        Assert.Equal("<null>", run.PlainResult(0));
    }

    [Fact]
    public async Task Console_output_becomes_stdout_and_stderr_streams_with_consecutive_writes_merged()
    {
        var run = await NotebookRun.Of("Console.WriteLine(\"one\");\nConsole.Write(\"two\");\nConsole.Error.WriteLine(\"oops\");\nConsole.WriteLine(\"three\");");

        var streams = run.Outputs(0).Cast<StreamOutput>().Select(s => (s.Name, s.Text));
        Assert.Equal([("stdout", "one\ntwo"), ("stderr", "oops\n"), ("stdout", "three\n")], streams);
    }

    [Fact]
    public async Task Display_and_the_Display_extension_add_display_outputs_in_order_with_the_result_last()
    {
        var run = await NotebookRun.Of("display(1);\n\"two\".Display();\nConsole.WriteLine(\"between\");\n3");

        var outputs = run.Outputs(0);
        Assert.Equal(["display_data", "display_data", "stream", "execute_result"], outputs.Select(o => o.OutputType));
        Assert.Equal("1", ((DisplayDataOutput)outputs[0]).Data.GetText("text/plain"));
        Assert.Equal("two", ((DisplayDataOutput)outputs[1]).Data.GetText("text/plain"));
    }

    [Fact]
    public async Task A_dataframe_result_has_an_html_table_and_plain_text()
    {
        var run = await NotebookRun.Of("var df = new DataFrame(new Int32DataFrameColumn(\"a\", new int?[] { 1, null }));\ndf");

        var data = run.ExecuteResult(0).Data;
        Assert.Contains("<table", data.GetText("text/html"), StringComparison.Ordinal);
        Assert.Contains("2 rows", data.GetText("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_and_dates_format_invariantly_whatever_the_callers_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var run = await NotebookRun.Of("$\"{1.5} {new DateTime(2024, 3, 1):d}\"", "TimeZoneInfo.Local.Id");

            Assert.Equal("1.5 03/01/2024", run.PlainResult(0));
            Assert.Equal("UTC", run.PlainResult(1));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
