using System.Text.Json.Nodes;
using System.Xml.Linq;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Cli.Tests;

public sealed class VerifyCommandTests : IDisposable
{
    private const string ThreeLines = "Console.WriteLine(\"alpha\");\nConsole.WriteLine(\"beta\");\nConsole.WriteLine(\"gamma\");";

    private readonly ScratchFolder scratch = new();

    private static string[] Lines(string text) => text.Split(Environment.NewLine);

    [Fact]
    public void The_committed_tutorial_verifies_as_identical_and_is_left_unchanged()
    {
        var notebook = scratch.CopyFromRepository(Path.Combine("notebooks", "00-getting-started.ipynb"), "00-getting-started.ipynb");
        var before = File.ReadAllBytes(notebook);

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"identical  00-getting-started.ipynb{Environment.NewLine}", run.Output);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.Equal(["00-getting-started.ipynb"], Directory.GetFiles(scratch.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Accept_on_an_identical_notebook_naming_Polyglots_kernel_names_MedTwins_and_changes_nothing_else()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), "6 * 7");
        var committed = NotebookJson.Read(notebook);
        NotebookJson.Edit(notebook, root =>
        {
            root["metadata"]!["kernelspec"] = JsonNode.Parse("""{"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}""");
            root["metadata"]!["language_info"] = JsonNode.Parse("""{"name": "polyglot-notebook"}""");
        });

        var run = CliRun.Of("verify", notebook, "--accept", "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"identical  study.ipynb{Environment.NewLine}accepted   study.ipynb: it now names MedTwin's kernel (medtwin-csharp){Environment.NewLine}",
            run.Output);
        Assert.True(JsonNode.DeepEquals(committed, NotebookJson.Read(notebook)), File.ReadAllText(notebook));
    }

    [Fact]
    public void A_changed_committed_output_fails_with_the_cells_unified_diff_and_writes_the_received_notebook_beside_it()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), "# Doses", ThreeLines);
        NotebookJson.ReplaceInOutputs(notebook, 1, "beta", "BETA");
        var before = File.ReadAllBytes(notebook);

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        var received = scratch.PathOf("study.received.ipynb");
        var lines = Lines(run.Output);
        Assert.Equal($"DIFFERS    study.ipynb: received outputs written to {received}", lines[0]);
        Assert.Equal("  cell 2: The outputs of cell 2 differ from the committed ones.", lines[1]);
        Assert.Equal("--- committed cell 2", lines[2]);
        Assert.Equal("+++ received cell 2", lines[3]);
        Assert.StartsWith("@@ -", lines[4], StringComparison.Ordinal);
        Assert.Contains(" alpha", lines);
        Assert.Contains("-BETA", lines);
        Assert.Contains("+beta", lines);
        Assert.Contains(" gamma", lines);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.Equal("alpha\nbeta\ngamma\n", NotebookJson.OutputText(received, 1));
    }

    [Fact]
    public void Accept_makes_the_received_outputs_the_committed_ones_so_the_notebook_then_verifies()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), ThreeLines);
        NotebookJson.ReplaceInOutputs(notebook, 0, "beta", "BETA");
        var received = scratch.PathOf("study.received.ipynb");
        Assert.Equal(1, CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data).ExitCode);
        Assert.True(File.Exists(received));

        var accept = CliRun.Of("verify", notebook, "--accept", "--data", RepositoryPaths.Data);

        Assert.Equal(0, accept.ExitCode);
        Assert.StartsWith("accepted   study.ipynb: the received outputs are the new snapshot", accept.Output, StringComparison.Ordinal);
        Assert.Equal("alpha\nbeta\ngamma\n", NotebookJson.OutputText(notebook, 0));
        Assert.False(File.Exists(received));
        var again = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"identical  study.ipynb{Environment.NewLine}", again.Output);
    }

    [Fact]
    public void A_notebook_whose_code_changed_since_its_outputs_were_committed_differs_and_says_which_cell()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), "var dose = 5;", "dose * 2");
        NotebookJson.Edit(notebook, root => NotebookJson.Cell(root, 0)["source"] = "var dose = 7;");

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        var lines = Lines(run.Output);
        Assert.Contains("  cell 2: The outputs of cell 2 differ from the committed ones.", lines);
        Assert.Contains("-10", lines);
        Assert.Contains("+14", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("  cell 1:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notebook_committed_with_parameters_is_verified_with_the_parameters_its_manifest_records()
    {
        var path = scratch.PathOf("study.ipynb");
        var document = TestNotebooks.Create("var minimumAge = 21;", "$\"aged {minimumAge} or older\"");
        document.Cells[0].AddTag("parameters");
        NotebookWriter.Write(document, path);
        Assert.Equal(0, CliRun.Of("run", path, "-p", "minimumAge=30", "--data", RepositoryPaths.Data).ExitCode);

        var same = CliRun.Of("verify", path, "--data", RepositoryPaths.Data);
        var other = CliRun.Of("verify", path, "-p", "minimumAge=40", "--data", RepositoryPaths.Data);

        Assert.Equal(0, same.ExitCode);
        Assert.Equal($"identical  study.ipynb{Environment.NewLine}", same.Output);
        Assert.Equal(1, other.ExitCode);
        var lines = Lines(other.Output);
        Assert.Contains("-aged 30 or older", lines);
        Assert.Contains("+aged 40 or older", lines);
    }

    [Fact]
    public void Junit_writes_one_test_case_per_code_cell_with_the_diff_in_the_failure()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), "# Doses", "1 + 1", ThreeLines, "\"unchanged\"");
        NotebookJson.ReplaceInOutputs(notebook, 2, "beta", "BETA");
        var report = scratch.PathOf("verify.xml");

        var run = CliRun.Of("verify", notebook, "--junit", report, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        var suite = Assert.Single(XDocument.Load(report).Root!.Elements("testsuite"));
        Assert.Equal("study.ipynb", suite.Attribute("name")!.Value);
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(["cell 2", "cell 3", "cell 4", "run manifest"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        var failure = Assert.Single(cases.Elements("failure"));
        Assert.Equal("cell 3", failure.Parent!.Attribute("name")!.Value);
        Assert.Equal("The outputs of cell 3 differ from the committed ones.", failure.Attribute("message")!.Value);
        Assert.Contains("--- committed cell 3", failure.Value, StringComparison.Ordinal);
        Assert.Contains("\n-BETA\n+beta\n", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_verifies_every_notebook_below_it_and_ignores_received_copies()
    {
        TestNotebooks.WriteCommitted(scratch.PathOf("a.ipynb"), "\"alpha\"");
        TestNotebooks.WriteCommitted(scratch.PathOf(Path.Combine("more", "b.ipynb")), "\"bravo\"");
        File.WriteAllText(scratch.PathOf("c.received.ipynb"), "{ a received copy that is not even JSON");

        var run = CliRun.Of("verify", scratch.Root, "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(
            $"identical  a.ipynb{Environment.NewLine}identical  {Path.Combine("more", "b.ipynb")}{Environment.NewLine}", run.Output);
    }

    [Fact]
    public void A_folder_with_one_differing_notebook_fails_and_names_only_that_one()
    {
        TestNotebooks.WriteCommitted(scratch.PathOf("a.ipynb"), "\"alpha\"");
        var b = TestNotebooks.WriteCommitted(scratch.PathOf("b.ipynb"), "\"bravo\"");
        NotebookJson.ReplaceInOutputs(b, 0, "bravo", "BRAVO");

        var run = CliRun.Of("verify", scratch.Root, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        var lines = Lines(run.Output);
        Assert.Equal("identical  a.ipynb", lines[0]);
        Assert.StartsWith("DIFFERS    b.ipynb: ", lines[1], StringComparison.Ordinal);
        Assert.True(File.Exists(scratch.PathOf("b.received.ipynb")));
        Assert.False(File.Exists(scratch.PathOf("a.received.ipynb")));
    }

    [Fact]
    public void A_path_with_no_notebook_or_folder_is_a_clear_error()
    {
        var missing = scratch.PathOf("nowhere.ipynb");

        var run = CliRun.Of("verify", missing, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: No notebook or folder at '{missing}'.{Environment.NewLine}", run.Error);
    }

    [Fact]
    public void A_folder_without_notebooks_is_a_clear_error()
    {
        var empty = scratch.PathOf("empty");
        Directory.CreateDirectory(empty);

        var run = CliRun.Of("verify", empty);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: No notebooks (.ipynb, .dib) under '{empty}'.{Environment.NewLine}", run.Error);
    }

    public void Dispose() => scratch.Dispose();
}
