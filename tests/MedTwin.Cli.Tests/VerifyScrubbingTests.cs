namespace MedTwin.Cli.Tests;

public sealed class VerifyScrubbingTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    [Fact]
    public void A_guid_and_a_temporary_path_that_differ_from_the_committed_ones_still_verify_as_identical()
    {
        var notebook = TestNotebooks.WriteCommitted(
            scratch.PathOf("study.ipynb"),
            "Guid.NewGuid().ToString()",
            "Console.WriteLine(\"scratch file: \" + Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()));");
        var committedGuid = NotebookJson.OutputText(notebook, 0);
        var committedPath = NotebookJson.OutputText(notebook, 1)["scratch file: ".Length..].TrimEnd('\n');
        Assert.True(Guid.TryParse(committedGuid, out _), committedGuid);
        NotebookJson.ReplaceInOutputs(notebook, 0, committedGuid, "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        NotebookJson.ReplaceInOutputs(notebook, 1, committedPath, "/home/reviewer/tmp/abcdefgh.xyz");

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"identical  study.ipynb{Environment.NewLine}", run.Output);
    }

    [Fact]
    public void A_difference_is_accepted_only_when_a_scrub_rule_declared_in_the_notebooks_metadata_covers_it()
    {
        var notebook = TestNotebooks.WriteCommitted(
            scratch.PathOf("study.ipynb"), "Console.WriteLine($\"ticket {System.Diagnostics.Stopwatch.GetTimestamp()} issued\");");
        var committed = NotebookJson.OutputText(notebook, 0);
        NotebookJson.ReplaceInOutputs(notebook, 0, committed.TrimEnd('\n'), "ticket 12345 issued");

        var withoutRule = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);
        NotebookJson.SetVerifySettings(notebook, """{ "scrub": [ { "pattern": "ticket \\d+", "replacement": "ticket {n}" } ] }""");
        var withRule = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, withoutRule.ExitCode);
        Assert.Contains("-ticket 12345 issued", withoutRule.Output, StringComparison.Ordinal);
        Assert.Equal(0, withRule.ExitCode);
        Assert.Equal($"identical  study.ipynb{Environment.NewLine}", withRule.Output);
    }

    [Fact]
    public void A_declared_numeric_tolerance_accepts_a_floating_point_difference_within_it()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), "0.1 + 0.2");
        Assert.Equal("0.30000000000000004", NotebookJson.OutputText(notebook, 0));
        NotebookJson.ReplaceInOutputs(notebook, 0, "0.30000000000000004", "0.3");

        var exact = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);
        NotebookJson.SetVerifySettings(notebook, """{ "tolerance": { "relative": 1e-9 } }""");
        var tolerant = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, exact.ExitCode);
        Assert.Equal(0, tolerant.ExitCode);
        Assert.Equal($"identical  study.ipynb{Environment.NewLine}", tolerant.Output);
    }

    [Fact]
    public void A_declared_numeric_tolerance_rejects_a_difference_beyond_it()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), "0.1 + 0.2");
        NotebookJson.ReplaceInOutputs(notebook, 0, "0.30000000000000004", "0.3001");
        NotebookJson.SetVerifySettings(notebook, """{ "tolerance": { "relative": 1e-9, "absolute": 1e-6 } }""");

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine);
        Assert.Contains("-0.3001", lines);
        Assert.Contains("+0.30000000000000004", lines);
    }

    public void Dispose() => scratch.Dispose();
}
