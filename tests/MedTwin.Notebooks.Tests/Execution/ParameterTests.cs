using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Tests.Execution;

public sealed class ParameterTests
{
    private static NotebookDocument WithParameters(string declarations, string use)
    {
        var notebook = NotebookRun.Create(declarations, use);
        notebook.Cells[0].AddTag(ParameterInjector.ParametersTag);
        return notebook;
    }

    private static RunOptions Given(params (string Name, string Value)[] parameters) =>
        NotebookRun.Options() with { Parameters = [.. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))] };

    [Fact]
    public async Task Given_values_go_into_an_injected_cell_after_the_parameters_cell()
    {
        var notebook = WithParameters("var threshold = 0.5;\nvar label = \"all\";\nvar strict = false;", "$\"{threshold} {label} {strict}\"");

        var run = await NotebookRun.Of(notebook, Given(("threshold", "0.3"), ("label", "women \"21+\""), ("strict", "true")));

        var injected = run.Notebook.Cells[1];
        Assert.Equal([ParameterInjector.InjectedTag], injected.Tags);
        Assert.Equal("// Parameters injected by medtwin run\nlabel = \"women \\\"21+\\\"\";\nstrict = true;\nthreshold = 0.3;", injected.Source);
        Assert.Equal("0.3 women \"21+\" True", run.PlainResult(2));
        Assert.Equal([KeyValuePair.Create("threshold", "0.3"), KeyValuePair.Create("label", "women \"21+\""), KeyValuePair.Create("strict", "true")], run.Result.Manifest.Parameters);
    }

    [Fact]
    public async Task A_rerun_replaces_the_injected_cell_and_without_parameters_removes_it()
    {
        var notebook = WithParameters("var threshold = 0.5;", "threshold");

        await NotebookRun.Of(notebook, Given(("threshold", "0.3")));
        var again = await NotebookRun.Of(notebook, Given(("threshold", "0.7")));
        Assert.Equal(3, again.Notebook.Cells.Count);
        Assert.Equal("0.7", again.PlainResult(2));

        var plain = await NotebookRun.Of(notebook, NotebookRun.Options());
        Assert.Equal(2, plain.Notebook.Cells.Count);
        Assert.Equal("0.5", plain.PlainResult(1));
    }

    [Fact]
    public async Task A_parameter_the_notebook_does_not_declare_is_an_error_listing_the_declared_ones()
    {
        var error = await Assert.ThrowsAsync<RunParameterException>(
            () => NotebookRun.Of(WithParameters("var threshold = 0.5;\nint folds = 5;", "1"), Given(("treshold", "0.3"))));

        Assert.Equal("Parameter 'treshold' is not declared in the 'parameters' cell. Declared: threshold, folds.", error.Message);
    }

    [Fact]
    public async Task Parameters_without_a_parameters_cell_are_an_error()
    {
        var error = await Assert.ThrowsAsync<RunParameterException>(() => NotebookRun.Of(NotebookRun.Create("1"), Given(("a", "1"))));

        Assert.Contains("no cell is tagged 'parameters'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.3; File.Delete(\"x\")")]
    [InlineData("NaN")]
    [InlineData("1,5")]
    public async Task A_number_parameter_only_takes_a_number_so_code_cannot_be_injected(string value)
    {
        var error = await Assert.ThrowsAsync<RunParameterException>(
            () => NotebookRun.Of(WithParameters("var threshold = 0.5;", "threshold"), Given(("threshold", value))));

        Assert.Contains("defaults to a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_string_parameter_is_quoted_so_code_cannot_be_injected()
    {
        var run = await NotebookRun.Of(WithParameters("var label = \"x\";", "label"), Given(("label", "\"; System.Environment.Exit(1); //")));

        Assert.Equal("\"; System.Environment.Exit(1); //", run.PlainResult(2));
    }

    [Fact]
    public async Task A_parameter_given_twice_is_an_error()
    {
        var error = await Assert.ThrowsAsync<RunParameterException>(
            () => NotebookRun.Of(WithParameters("var a = 1;", "a"), Given(("a", "1"), ("a", "2"))));

        Assert.Equal("Parameter 'a' is given more than once.", error.Message);
    }
}
