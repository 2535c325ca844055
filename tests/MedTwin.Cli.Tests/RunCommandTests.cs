using System.Globalization;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    [Fact]
    public void Run_writes_the_outputs_into_the_notebook_in_place()
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("study.ipynb"), "# Doses", "Console.WriteLine(\"dose 5 mg\");", "6 * 7");

        var run = CliRun.Of("run", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("ok: ran 2 cells in ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith($"; wrote {notebook}{Environment.NewLine}", run.Output, StringComparison.Ordinal);
        Assert.Equal("dose 5 mg\n", NotebookJson.OutputText(notebook, 1));
        Assert.Equal("42", NotebookJson.OutputText(notebook, 2));
        Assert.NotNull(NotebookJson.Manifest(NotebookJson.Read(notebook))["medtwinVersion"]);
    }

    [Fact]
    public void Run_with_an_output_path_writes_there_and_leaves_the_notebook_unchanged()
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("study.ipynb"), "6 * 7");
        var before = File.ReadAllBytes(notebook);
        var target = scratch.PathOf("executed.ipynb");

        var run = CliRun.Of("run", notebook, "-o", target, "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith($"; wrote {target}{Environment.NewLine}", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.Equal("42", NotebookJson.OutputText(target, 0));
    }

    [Fact]
    public void A_parameter_given_with_p_replaces_the_default_of_the_parameters_cell()
    {
        var path = scratch.PathOf("study.ipynb");
        var document = TestNotebooks.Create("var minimumAge = 21;", "$\"aged {minimumAge} or older\"");
        document.Cells[0].AddTag(ParameterInjector.ParametersTag);
        NotebookWriter.Write(document, path);

        var run = CliRun.Of("run", path, "-p", "minimumAge=30", "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        var written = NotebookReader.Read(path);
        Assert.Equal(3, written.Cells.Count);
        Assert.Equal([ParameterInjector.InjectedTag], written.Cells[1].Tags);
        Assert.Equal("aged 30 or older", NotebookJson.OutputText(path, 2));
        Assert.Equal("30", NotebookJson.Manifest(NotebookJson.Read(path))["parameters"]!["minimumAge"]!.GetValue<string>());
    }

    [Fact]
    public void The_seed_option_sets_the_studys_seed_and_without_it_the_default_seed_applies()
    {
        var seeded = TestNotebooks.Write(scratch.PathOf("seeded.ipynb"), "Study.Current.Seed");
        var unseeded = TestNotebooks.Write(scratch.PathOf("unseeded.ipynb"), "Study.Current.Seed");

        Assert.Equal(0, CliRun.Of("run", seeded, "--seed", "20261125", "--data", RepositoryPaths.Data).ExitCode);
        Assert.Equal(0, CliRun.Of("run", unseeded, "--data", RepositoryPaths.Data).ExitCode);

        Assert.Equal("20261125", NotebookJson.OutputText(seeded, 0));
        Assert.Equal(NotebookSettings.DefaultSeed.ToString(CultureInfo.InvariantCulture), NotebookJson.OutputText(unseeded, 0));
        Assert.Equal(20261125, NotebookJson.Manifest(NotebookJson.Read(seeded))["seed"]!.GetValue<int>());
    }

    [Fact]
    public void The_seed_option_wins_over_the_seed_the_notebook_states_and_the_manifest_names_the_override()
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("stated.ipynb"), "Study.Declare(seed: 17, clockStart: \"2000-01-01T00:00:00Z\");", "Study.Current.Seed");
        NotebookJson.Edit(notebook, root => root["metadata"]!["medtwin"] = new JsonObject { ["seed"] = 17 });

        var run = CliRun.Of("run", notebook, "--seed", "5", "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("5", NotebookJson.OutputText(notebook, 1));
        var written = NotebookJson.Read(notebook);
        Assert.Equal(5, NotebookJson.Manifest(written)["seed"]!.GetValue<int>());
        Assert.Equal("--seed", NotebookJson.Manifest(written)["seedOverriddenBy"]!.GetValue<string>());
        Assert.Equal(17, written["metadata"]!["medtwin"]!["seed"]!.GetValue<int>());
    }

    [Fact]
    public void A_notebook_naming_Polyglots_kernel_runs_and_is_written_naming_MedTwins_with_its_cells_Polyglot_metadata_kept()
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("polyglot.ipynb"), "6 * 7");
        var before = NotebookJson.Read(notebook);
        Assert.Equal(".net-csharp", (string?)before["metadata"]!["kernelspec"]!["name"]);

        var run = CliRun.Of("run", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("42", NotebookJson.OutputText(notebook, 0));
        var written = NotebookJson.Read(notebook);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"display_name": "C# (MedTwin)", "language": "C#", "name": "medtwin-csharp"}"""), written["metadata"]!["kernelspec"]));
        var languageInfo = written["metadata"]!["language_info"]!;
        Assert.Equal(
            ("C#", "text/x-csharp", ".cs", "csharp", "text/x-csharp"),
            ((string?)languageInfo["name"], (string?)languageInfo["mimetype"], (string?)languageInfo["file_extension"], (string?)languageInfo["pygments_lexer"], (string?)languageInfo["codemirror_mode"]));
        Assert.True(JsonNode.DeepEquals(before["metadata"]!["polyglot_notebook"], written["metadata"]!["polyglot_notebook"]));
        Assert.True(JsonNode.DeepEquals(NotebookJson.Cell(before, 0)["metadata"], NotebookJson.Cell(written, 0)["metadata"]));
        Assert.Equal("csharp", (string?)NotebookJson.Cell(written, 0)["metadata"]!["polyglot_notebook"]!["kernelName"]);
    }

    [Fact]
    public void A_throwing_cell_fails_the_run_naming_the_cell_and_the_error_and_the_notebook_keeps_the_error_output()
    {
        var notebook = TestNotebooks.Write(
            scratch.PathOf("study.ipynb"),
            "Console.WriteLine(\"before\");",
            "throw new InvalidOperationException(\"dose must be positive\");",
            "Console.WriteLine(\"after\");");

        var run = CliRun.Of("run", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"cell 2: System.InvalidOperationException: dose must be positive{Environment.NewLine}", run.Error);
        Assert.StartsWith("FAILED: ran 2 cells in ", run.Output, StringComparison.Ordinal);
        var written = NotebookReader.Read(notebook);
        Assert.Equal("before\n", NotebookJson.OutputText(notebook, 0));
        var error = Assert.IsType<ErrorOutput>(Assert.Single(written.Cells[1].Outputs));
        Assert.Equal("System.InvalidOperationException", error.ErrorName);
        Assert.Equal("dose must be positive", error.ErrorValue);
        Assert.Empty(written.Cells[2].Outputs);
    }

    [Fact]
    public void With_continue_on_error_the_cells_after_a_failure_run_and_the_run_still_fails()
    {
        var notebook = TestNotebooks.Write(
            scratch.PathOf("study.ipynb"),
            "throw new InvalidOperationException(\"dose must be positive\");",
            "Console.WriteLine(\"after\");");

        var run = CliRun.Of("run", notebook, "--continue-on-error", "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"cell 1: System.InvalidOperationException: dose must be positive{Environment.NewLine}", run.Error);
        Assert.StartsWith("FAILED: ran 2 cells in ", run.Output, StringComparison.Ordinal);
        Assert.IsType<ErrorOutput>(Assert.Single(NotebookReader.Read(notebook).Cells[0].Outputs));
        Assert.Equal("after\n", NotebookJson.OutputText(notebook, 1));
    }

    public void Dispose() => scratch.Dispose();
}
