using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Tests.Execution;

public sealed class RunContextTests
{
    [Fact]
    public async Task The_seed_comes_from_the_notebooks_metadata_and_the_command_line_overrides_it()
    {
        static NotebookDocument Seeded()
        {
            var notebook = NotebookRun.Create("Study.Current.Seed", "Study.Current.Random(\"draw\").Next(1000)");
            notebook.SetMetadata("medtwin", new JsonObject { ["seed"] = 17 });
            return notebook;
        }

        var fromMetadata = await NotebookRun.Of(Seeded(), NotebookRun.Options());
        var fromOption = await NotebookRun.Of(Seeded(), NotebookRun.Options() with { Seed = 5 });

        Assert.Equal("17", fromMetadata.PlainResult(0));
        Assert.Equal(SeedStreams.Create(17, "draw").Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture), fromMetadata.PlainResult(1));
        Assert.Equal("5", fromOption.PlainResult(0));
    }

    [Fact]
    public async Task A_notebook_that_states_no_seed_runs_with_the_default_seed()
    {
        var run = await NotebookRun.Of("Study.Current.Seed");

        Assert.Equal(NotebookSettings.DefaultSeed.ToString(System.Globalization.CultureInfo.InvariantCulture), run.PlainResult(0));
    }

    [Fact]
    public async Task The_clock_cells_read_is_the_runs_virtual_clock()
    {
        var notebook = NotebookRun.Create("Study.Current.Clock.GetUtcNow().ToString(\"O\")");
        notebook.SetMetadata("medtwin", new JsonObject { ["clockStart"] = "2024-05-01T08:30:00Z" });

        var run = await NotebookRun.Of(notebook, NotebookRun.Options());

        Assert.Equal("2024-05-01T08:30:00.0000000+00:00", run.PlainResult(0));
    }

    [Theory]
    [InlineData("{\"seed\": \"42\"}", "metadata 'medtwin.seed' must be a whole number")]
    [InlineData("{\"seed\": 1.5}", "metadata 'medtwin.seed' must be a whole number")]
    [InlineData("{\"seed\": 99999999999}", "metadata 'medtwin.seed' must be a whole number")]
    [InlineData("{\"clockStart\": \"2024-05-01\"}", "metadata 'medtwin.clockStart' must be an ISO 8601 instant with a UTC offset")]
    [InlineData("{\"clockStart\": \"2024-05-01T08:30:00\"}", "metadata 'medtwin.clockStart' must be an ISO 8601 instant with a UTC offset")]
    [InlineData("[1]", "metadata 'medtwin' must be an object")]
    public async Task Invalid_run_settings_are_an_error_naming_the_key(string medtwin, string expected)
    {
        var notebook = NotebookRun.Create("1");
        notebook.SetMetadata("medtwin", JsonNode.Parse(medtwin));

        var error = await Assert.ThrowsAsync<NotebookFormatException>(() => NotebookRun.Of(notebook, NotebookRun.Options()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manifest_records_version_runtime_seed_and_the_snapshots_opened_with_their_hashes()
    {
        var run = await NotebookRun.Of("var pima = Study.Current.OpenSnapshot(\"pima-diabetes\", 1);\npima.Data.Rows.Count");

        var manifest = run.Notebook.GetMetadata("medtwin")!["manifest"]!;
        Assert.Equal("768", run.PlainResult(0));
        Assert.Equal(LibraryInfo.Version, manifest["medtwinVersion"]!.GetValue<string>());
        Assert.Equal(LibraryInfo.Commit, manifest["medtwinCommit"]!.GetValue<string>());
        Assert.Equal(0, manifest["seed"]!.GetValue<int>());
        Assert.StartsWith(".NET ", manifest["runtime"]!.GetValue<string>(), StringComparison.Ordinal);
        var snapshot = Assert.Single(manifest["snapshots"]!.AsArray())!;
        Assert.Equal("pima-diabetes", snapshot["name"]!.GetValue<string>());
        Assert.Equal("6df66d0de9500660e6e620ba0b9df584ab4ec259c002ab468f0e2746403ae692", snapshot["sha256"]!.GetValue<string>());
        Assert.Contains(manifest["packages"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Microsoft.Data.Analysis");
    }

    [Fact]
    public async Task The_manifest_keeps_no_duration_path_or_host_name()
    {
        var run = await NotebookRun.Of("Thread.Sleep(20);");

        var text = run.Notebook.GetMetadata("medtwin")!.ToJsonString();
        Assert.DoesNotContain(Environment.MachineName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(AppContext.BaseDirectory, text, StringComparison.Ordinal);
        Assert.DoesNotContain("duration", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_runs_of_the_same_notebook_give_byte_identical_files()
    {
        string[] cells =
        [
            "# A study",
            "var data = Study.Current.OpenSnapshot(\"theophylline\", 1).Data;\ndata.Head(3)",
            "var random = Study.Current.Random(\"noise\");\nEnumerable.Range(0, 5).Select(_ => random.NextDouble()).ToList()",
            "Console.WriteLine(Study.Current.Clock.GetUtcNow());",
            "MedTwin.Charts.Figures.Histogram(\"conc\", \"mg/L\", MedTwin.Charts.Series.FromColumn(data[\"conc\"]))",
        ];

        var first = await NotebookRun.Of(NotebookRun.Create(cells), NotebookRun.Options());
        var second = await NotebookRun.Of(NotebookRun.Create(cells), NotebookRun.Options());

        Assert.True(first.Result.Succeeded, string.Join('\n', first.Result.Cells.Select(c => c.Error?.Value)));
        Assert.Equal(first.Text(), second.Text());
    }
}
