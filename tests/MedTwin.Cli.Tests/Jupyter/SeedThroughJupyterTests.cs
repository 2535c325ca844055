using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Jupyter;
using MedTwin.Reproducibility;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class SeedThroughJupyterTests(InstalledKernelFixture fixture) : IClassFixture<InstalledKernelFixture>
{
    private const string Statement = "Study.Declare(seed: 17, clockStart: \"2024-05-01T08:30:00Z\");";
    private const string Draw = "Study.Current.Random(\"draw\").Next(1000)";

    private static readonly Dictionary<string, string?> NoSessionName = [];

    [Fact]
    public async Task A_kernel_not_told_the_notebook_warns_in_the_first_cell_that_draws_on_the_seed_what_it_uses_and_how_to_state_it()
    {
        var (run, executed) = await Execute("unstated.ipynb", 18, NoSessionName, "1 + 1", Draw, "Study.Current.Clock.GetUtcNow().Year");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["execute_result"], OutputTypes(executed, 0));
        var warning = Outputs(executed, 1)[0]!;
        Assert.Equal("stream", (string?)warning["output_type"]);
        Assert.Equal("stderr", (string?)warning["name"]);
        Assert.Equal(
            "MedTwin: this study has not stated its seed and clock start, so it uses seed 0 and clock start 2000-01-01T00:00:00Z; its numbers "
            + "differ from those of a run with the study's own. State them before anything draws on them, in the first code cell: "
            + "Study.Declare(seed: <seed>, clockStart: \"<ISO 8601 instant>\");\n",
            Text(warning["text"]));
        Assert.Equal(["stream", "execute_result"], OutputTypes(executed, 1));
        Assert.Equal(["execute_result"], OutputTypes(executed, 2));
    }

    [Fact]
    public async Task A_kernel_not_told_the_notebook_uses_the_seed_the_notebook_states_without_a_warning()
    {
        var (run, executed) = await Execute("stated.ipynb", 17, NoSessionName, Statement, Draw);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["execute_result"], OutputTypes(executed, 1));
        Assert.Equal(SeedStreams.Create(17, "draw").Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture), Text(Outputs(executed, 1)[0]!["data"]!["text/plain"]));
    }

    [Fact]
    public async Task Stating_the_seed_after_a_cell_drew_on_it_is_an_error_naming_that_cell()
    {
        var (_, executed) = await Execute("late.ipynb", 17, NoSessionName, Draw, Statement);

        Assert.Contains(
            "Study.Declare(seed: 17, clockStart: \"2024-05-01T08:30:00Z\") comes after Cell [1] drew on the seed or clock, which then were seed 0 and clock start 2000-01-01T00:00:00Z",
            (string?)Outputs(executed, 1)[^1]!["evalue"],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_that_differs_from_the_metadata_of_the_notebook_the_front_end_names_is_an_error_naming_both()
    {
        var notebook = fixture.Kernel.Scratch.PathOf("differs/differs.ipynb");
        var (_, executed) = await Execute(
            "differs/differs.ipynb", 18, new Dictionary<string, string?> { ["JPY_SESSION_NAME"] = notebook }, Statement, Draw);

        Assert.Equal(
            "Study.Declare(seed: 17, clockStart: \"2024-05-01T08:30:00Z\") states seed 17, but the seed stated in the notebook's metadata 'medtwin' is 18: make them the same.",
            (string?)Outputs(executed, 0)[^1]!["evalue"]);
    }

    /// <summary>Writes a notebook of the cells that names MedTwin's kernel and states the seed in its metadata, and executes it with nbconvert.</summary>
    private async Task<(CliRun Run, JsonObject Executed)> Execute(
        string relative, int metadataSeed, IReadOnlyDictionary<string, string?> environment, params string[] cells)
    {
        var kernel = fixture.Kernel;
        var path = kernel.Scratch.PathOf(relative);
        var document = TestNotebooks.Create(cells);
        KernelMetadata.Apply(document);
        document.SetMetadata("medtwin", new JsonObject { ["seed"] = metadataSeed });
        NotebookWriter.Write(document, path);
        var output = kernel.Scratch.PathOf($"executed/{Path.GetFileName(relative)}");

        var run = await kernel.NbconvertAsync(path, output, environment, "--allow-errors");
        Assert.True(File.Exists(output), $"jupyter nbconvert wrote nothing ({run.ExitCode}):\n{run.Error}");
        return (run, NotebookJson.Read(output));
    }

    private static JsonArray Outputs(JsonObject notebook, int cell) => NotebookJson.Cell(notebook, cell)["outputs"]!.AsArray();

    private static List<string?> OutputTypes(JsonObject notebook, int cell) => [.. Outputs(notebook, cell).Select(o => (string?)o!["output_type"])];

    private static string Text(JsonNode? text) => text is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)text ?? string.Empty;
}
