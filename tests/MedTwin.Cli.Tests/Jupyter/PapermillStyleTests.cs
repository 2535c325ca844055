using System.Text.Json.Nodes;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class PapermillStyleTests(InstalledKernelFixture fixture) : IClassFixture<InstalledKernelFixture>
{
    [Fact]
    public async Task A_parameter_injected_as_papermill_does_takes_effect_when_nbclient_runs_the_committed_notebook()
    {
        var kernel = fixture.Kernel;
        var output = kernel.Scratch.PathOf("executed/00-getting-started.ipynb");

        var run = await CliProcess.CompleteAsync(
            kernel.StartPython(
                new Dictionary<string, string?>(),
                PythonDriver.PapermillStylePath, Path.Combine(RepositoryPaths.Root, "notebooks", "00-getting-started.ipynb"), output, "minimumAge=30"),
            TimeSpan.FromMinutes(10));

        Assert.True(run.ExitCode == 0, $"papermill_style.py failed ({run.ExitCode}):\n{run.Error}");
        var cells = NotebookJson.Read(output)["cells"]!.AsArray();
        var parameters = cells.IndexOf(cells.Single(c => Tags(c!).Contains("parameters")));
        Assert.Equal(["injected-parameters"], Tags(cells[parameters + 1]!));
        var printed = Enumerable.Range(0, cells.Count).Where(cell => (string?)cells[cell]!["cell_type"] == "code").Select(cell => NotebookJson.OutputText(output, cell)).ToList();
        Assert.Contains("372 of 768 women are 30 or older; 2 have no glucose measurement.\n", printed);
        Assert.Contains("[751, 344, 90, 585, 117]", printed);
    }

    private static List<string?> Tags(JsonNode cell) => [.. (cell["metadata"]?["tags"] as JsonArray ?? []).Select(t => (string?)t)];
}
