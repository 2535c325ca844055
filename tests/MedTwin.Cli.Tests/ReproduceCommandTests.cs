using System.Text.Json.Nodes;

namespace MedTwin.Cli.Tests;

public sealed class ReproduceCommandTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    private string Notebooks => Path.Combine(scratch.Root, "notebooks");

    private string Artifacts => Path.Combine(scratch.Root, "artifacts");

    [Fact]
    public void Identical_notebooks_reproduce_with_an_html_page_each_an_index_plotly_js_once_and_a_run_record()
    {
        TestNotebooks.WriteCommitted(scratch.PathOf(Path.Combine("notebooks", "a.ipynb")), "# First", "\"alpha\"");
        TestNotebooks.WriteCommitted(scratch.PathOf(Path.Combine("notebooks", "b.ipynb")), "Console.WriteLine(\"bravo\");");

        var run = CliRun.Of("reproduce", "--notebooks", Notebooks, "--artifacts", Artifacts, "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("2 of 2 notebooks reproduced identically.", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["a.html", "b.html", "index.html", "plotly.min.js", "run.json"],
            Directory.GetFiles(Artifacts).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("alpha", File.ReadAllText(Path.Combine(Artifacts, "a.html")), StringComparison.Ordinal);
        Assert.Contains("bravo", File.ReadAllText(Path.Combine(Artifacts, "b.html")), StringComparison.Ordinal);
        var index = File.ReadAllText(Path.Combine(Artifacts, "index.html"));
        Assert.Contains("a.html", index, StringComparison.Ordinal);
        Assert.Contains("b.html", index, StringComparison.Ordinal);
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(Artifacts, "run.json")))!;
        Assert.Equal(["identical", "identical"], record["notebooks"]!.AsArray().Select(n => n!["result"]!.GetValue<string>()));
        Assert.Empty(Directory.GetFiles(Notebooks, "*.received.*"));
    }

    [Fact]
    public void A_notebook_that_differs_fails_the_reproduction_and_the_summary_names_it()
    {
        TestNotebooks.WriteCommitted(scratch.PathOf(Path.Combine("notebooks", "a.ipynb")), "\"alpha\"");
        var b = TestNotebooks.WriteCommitted(scratch.PathOf(Path.Combine("notebooks", "b.ipynb")), "\"bravo\"");
        NotebookJson.ReplaceInOutputs(b, 0, "bravo", "BRAVO");

        var run = CliRun.Of("reproduce", "--notebooks", Notebooks, "--artifacts", Artifacts, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 of 2 notebooks did not reproduce.", run.Output, StringComparison.Ordinal);
        Assert.Contains("DIFFERS    b.ipynb: ", run.Output, StringComparison.Ordinal);
        var summary = run.Output.Split(Environment.NewLine);
        Assert.Contains(summary, line => line.Contains("a.ipynb", StringComparison.Ordinal) && line.Contains("identical", StringComparison.Ordinal));
        Assert.Contains(summary, line => line.Contains("b.ipynb", StringComparison.Ordinal) && line.Contains("differs (1 cell)", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Artifacts, "b.html")));
        Assert.True(File.Exists(Path.Combine(Notebooks, "b.received.ipynb")));
    }

    [Fact]
    public void An_empty_notebooks_folder_is_a_clear_error()
    {
        Directory.CreateDirectory(Notebooks);

        var run = CliRun.Of("reproduce", "--notebooks", Notebooks, "--artifacts", Artifacts, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: No notebooks (.ipynb, .dib) under '{Notebooks}'.{Environment.NewLine}", run.Error);
        Assert.False(Directory.Exists(Artifacts));
    }

    [Fact]
    public void A_notebook_that_cannot_be_read_fails_the_reproduction_and_its_index_link_leads_to_the_error()
    {
        TestNotebooks.WriteCommitted(scratch.PathOf(Path.Combine("notebooks", "a.ipynb")), "1");
        Directory.CreateDirectory(Notebooks);
        File.WriteAllText(Path.Combine(Notebooks, "bad.ipynb"), "{ broken");

        var run = CliRun.Of("reproduce", "--notebooks", Notebooks, "--artifacts", Artifacts, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAILED     bad.ipynb: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("href=\"bad.html\"", File.ReadAllText(Path.Combine(Artifacts, "index.html")), StringComparison.Ordinal);
        Assert.Contains("could not be run", File.ReadAllText(Path.Combine(Artifacts, "bad.html")), StringComparison.Ordinal);
    }

    public void Dispose() => scratch.Dispose();
}
