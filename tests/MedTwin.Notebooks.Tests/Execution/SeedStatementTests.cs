using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Tests.Execution;

public sealed class SeedStatementTests
{
    private const string Statement = "Study.Declare(seed: 17, clockStart: \"2024-05-01T08:30:00Z\");";
    private const string SeedAndNow = "$\"{Study.Current.Seed} {Study.Current.Clock.GetUtcNow():O}\"";

    [Fact]
    public async Task A_notebook_without_a_seed_in_its_metadata_runs_with_the_seed_and_clock_start_its_first_cell_states()
    {
        var run = await NotebookRun.Of(Statement, SeedAndNow);

        Assert.Empty(run.Outputs(0));
        Assert.Equal("17 2024-05-01T08:30:00.0000000+00:00", run.PlainResult(1));
        var manifest = run.Notebook.GetMetadata("medtwin")!["manifest"]!;
        Assert.Equal(17, manifest["seed"]!.GetValue<int>());
        Assert.Equal("2024-05-01T08:30:00.0000000+00:00", manifest["clockStart"]!.GetValue<string>());
        Assert.Null(manifest[RunManifest.SeedOverriddenByKey]);
    }

    [Fact]
    public async Task A_statement_that_agrees_with_the_metadata_runs()
    {
        var run = await NotebookRun.Of(WithMetadata("""{"seed": 17, "clockStart": "2024-05-01T09:30:00+01:00"}""", Statement, SeedAndNow), NotebookRun.Options());

        Assert.Equal("17 2024-05-01T08:30:00.0000000+00:00", run.PlainResult(1));
    }

    [Theory]
    [InlineData("""{"seed": 18, "clockStart": "2024-05-01T08:30:00Z"}""",
        "Study.Declare(seed: 17, clockStart: \"2024-05-01T08:30:00Z\") states seed 17, but the seed stated in the notebook's metadata 'medtwin' is 18: make them the same.")]
    [InlineData("""{"seed": 17}""",
        "Study.Declare(seed: 17, clockStart: \"2024-05-01T08:30:00Z\") states clock start 2024-05-01T08:30:00Z, but the clock start stated in the notebook's metadata 'medtwin' is 2000-01-01T00:00:00Z: make them the same.")]
    public async Task A_statement_that_differs_from_the_metadata_is_an_error_naming_both_values(string medtwin, string expected)
    {
        var run = await NotebookRun.Of(WithMetadata(medtwin, Statement, SeedAndNow), NotebookRun.Options());

        Assert.Equal("System.InvalidOperationException", run.Error(0).ErrorName);
        Assert.Equal(expected, run.Error(0).ErrorValue);
        Assert.Equal([CellStatus.Failed, CellStatus.NotRun], run.Result.Cells.Select(c => c.Status));
    }

    [Fact]
    public async Task The_seed_given_on_the_command_line_wins_over_the_statement_and_the_manifest_names_the_override()
    {
        var notebook = WithMetadata("""{"seed": 17}""", "Study.Declare(seed: 17, clockStart: \"2000-01-01T00:00:00Z\");", "Study.Current.Seed");

        var run = await NotebookRun.Of(notebook, NotebookRun.Options() with { Seed = 5 });

        Assert.Equal("5", run.PlainResult(1));
        var manifest = run.Notebook.GetMetadata("medtwin")!["manifest"]!;
        Assert.Equal(5, manifest["seed"]!.GetValue<int>());
        Assert.Equal("--seed", manifest[RunManifest.SeedOverriddenByKey]!.GetValue<string>());
        Assert.Equal(17, run.Notebook.GetMetadata("medtwin")!["seed"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T08:30:00")]
    [InlineData("2024-13-01T08:30:00Z")]
    [InlineData("2024-02-30T08:30:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("")]
    public async Task A_malformed_or_out_of_range_clock_start_is_an_error_naming_it_and_the_form_expected(string clockStart)
    {
        var run = await NotebookRun.Of($"Study.Declare(seed: 17, clockStart: \"{clockStart}\");", SeedAndNow);

        Assert.Equal("System.ArgumentException", run.Error(0).ErrorName);
        Assert.StartsWith(
            $"Study.Declare's clockStart must be an ISO 8601 instant with a UTC offset, between years 0001 and 9999, e.g. \"2000-01-01T00:00:00Z\"; found \"{clockStart}\".",
            run.Error(0).ErrorValue,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stating_other_values_a_second_time_is_an_error_naming_both_statements()
    {
        var run = await NotebookRun.Of(Statement, "Study.Declare(seed: 18, clockStart: \"2024-05-01T08:30:00Z\");");

        Assert.Equal(
            "Study.Declare(seed: 18, clockStart: \"2024-05-01T08:30:00Z\") states other values than the earlier "
            + "Study.Declare(seed: 17, clockStart: \"2024-05-01T08:30:00Z\"): a study states its seed and clock start once.",
            run.Error(1).ErrorValue);
    }

    [Fact]
    public async Task Stating_the_same_values_again_after_a_draw_is_allowed_as_when_a_first_cell_is_run_again()
    {
        var run = await NotebookRun.Of(Statement, "Study.Current.Random(\"x\").Next(10);", Statement, "Study.Current.Seed");

        Assert.Equal("17", run.PlainResult(3));
    }

    [Fact]
    public async Task Stating_them_after_a_cell_drew_on_the_seed_is_an_error_naming_that_cell()
    {
        var run = await NotebookRun.Of("1 + 1", "Study.Current.Random(\"x\").Next(10)", Statement);

        Assert.Equal(
            "Study.Declare(seed: 17, clockStart: \"2024-05-01T08:30:00Z\") comes after Cell 2 drew on the seed or clock, which then were seed 0 "
            + "and clock start 2000-01-01T00:00:00Z: state them first, before anything draws on them, and run the study again.",
            run.Error(2).ErrorValue);
    }

    private static NotebookDocument WithMetadata(string medtwin, params string[] cells)
    {
        var notebook = NotebookRun.Create(cells);
        notebook.SetMetadata("medtwin", JsonNode.Parse(medtwin));
        return notebook;
    }
}
