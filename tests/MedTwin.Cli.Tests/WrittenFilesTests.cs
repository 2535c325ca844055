using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace MedTwin.Cli.Tests;

public sealed class WrittenFilesTests : IDisposable
{
    private const string Dose = "dose 5 mg\n";
    private const string WritesDose =
        "Study.Current.WriteFile(\"figures/dose.txt\", stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(\"dose 5 mg\\n\")));";

    private static readonly string DoseSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Dose)));

    private readonly ScratchFolder scratch = new();

    private string Committed => scratch.PathOf(Path.Combine("figures", "dose.txt"));

    private string Received => scratch.PathOf(Path.Combine("figures", "dose.received.txt"));

    private string CommitStudy() => TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), WritesDose);

    private static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private string[] FilesInScratch() =>
        [.. Directory.GetFiles(scratch.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(scratch.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void Run_writes_the_file_in_place_and_the_manifest_lists_its_path_and_hash()
    {
        var notebook = CommitStudy();

        Assert.Equal(Dose, File.ReadAllText(Committed));
        Assert.Equal(
            new JsonArray(new JsonObject { ["path"] = "figures/dose.txt", ["sha256"] = DoseSha256 }).ToJsonString(),
            NotebookJson.Manifest(NotebookJson.Read(notebook))["filesWritten"]!.ToJsonString());
        Assert.Equal(["figures/dose.txt", "study.ipynb"], FilesInScratch());
    }

    [Fact]
    public void Two_runs_write_the_same_notebook_manifest_included_byte_for_byte()
    {
        var notebook = CommitStudy();
        var first = File.ReadAllBytes(notebook);

        TestNotebooks.Commit(notebook);

        Assert.Equal(first, File.ReadAllBytes(notebook));
    }

    [Fact]
    public void Verify_passes_when_the_committed_file_is_unchanged_and_leaves_the_folder_as_it_was()
    {
        var notebook = CommitStudy();
        var written = File.GetLastWriteTimeUtc(Committed);

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"identical  study.ipynb{Environment.NewLine}", run.Output);
        Assert.Equal(["figures/dose.txt", "study.ipynb"], FilesInScratch());
        Assert.Equal(written, File.GetLastWriteTimeUtc(Committed));
    }

    [Fact]
    public void An_edited_committed_file_fails_naming_it_and_both_hashes_leaves_it_untouched_and_writes_the_received_copy()
    {
        var notebook = CommitStudy();
        File.WriteAllText(Committed, "dose 7 mg\n");
        var report = scratch.PathOf("verify.xml");

        var run = CliRun.Of("verify", notebook, "--junit", report, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        var message = $"The file 'figures/dose.txt' differs from the committed one: committed sha256 {Sha256Of("dose 7 mg\n")}, received {DoseSha256}; received file written to 'figures/dose.received.txt'.";
        Assert.Contains($"  file figures/dose.txt: {message}", run.Output.Split(Environment.NewLine));
        Assert.Equal("dose 7 mg\n", File.ReadAllText(Committed));
        Assert.Equal(Dose, File.ReadAllText(Received));
        var failure = Assert.Single(XDocument.Load(report).Descendants("failure"));
        Assert.Equal("file figures/dose.txt", failure.Parent!.Attribute("name")!.Value);
        Assert.Equal(message, failure.Attribute("message")!.Value);
    }

    [Fact]
    public void Accept_moves_the_received_file_into_place_and_the_notebook_then_verifies()
    {
        var notebook = CommitStudy();
        File.WriteAllText(Committed, "dose 7 mg\n");

        var accept = CliRun.Of("verify", notebook, "--accept", "--data", RepositoryPaths.Data);

        Assert.Equal(0, accept.ExitCode);
        Assert.Contains("accepted   study.ipynb: the received 'figures/dose.txt' is the new committed file", accept.Output.Split(Environment.NewLine));
        Assert.Equal(Dose, File.ReadAllText(Committed));
        Assert.Equal(["figures/dose.txt", "study.ipynb"], FilesInScratch());
        Assert.Equal(0, CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data).ExitCode);
    }

    [Fact]
    public void A_missing_committed_file_fails_naming_it_and_writes_the_received_copy()
    {
        var notebook = CommitStudy();
        File.Delete(Committed);

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"  file figures/dose.txt: The received run wrote 'figures/dose.txt' (sha256 {DoseSha256}), but no such file is committed; received file written to 'figures/dose.received.txt'.",
            run.Output.Split(Environment.NewLine));
        Assert.False(File.Exists(Committed));
        Assert.Equal(Dose, File.ReadAllText(Received));
    }

    [Fact]
    public void A_file_written_into_a_folder_that_is_not_committed_is_received_into_that_folder_and_accepted_from_it()
    {
        var notebook = CommitStudy();
        Directory.Delete(Path.GetDirectoryName(Committed)!, recursive: true);

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data, "--accept");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Dose, File.ReadAllText(Committed));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void A_file_the_committed_manifest_lists_that_the_run_no_longer_writes_fails_naming_it()
    {
        var notebook = CommitStudy();
        var gone = new string('a', 64);
        NotebookJson.Edit(notebook, root =>
            NotebookJson.Manifest(root)["filesWritten"]!.AsArray().Add(new JsonObject { ["path"] = "figures/old.svg", ["sha256"] = gone }));

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"  file figures/old.svg: The committed run wrote 'figures/old.svg' (sha256 {gone}); the received run did not write it.",
            run.Output.Split(Environment.NewLine));
        Assert.Equal(["figures/dose.txt", "study.ipynb", "study.received.ipynb"], FilesInScratch());
    }

    [Fact]
    public void A_committed_file_the_committed_manifest_records_with_another_hash_fails_until_accepted()
    {
        var notebook = CommitStudy();
        var recorded = new string('b', 64);
        NotebookJson.Edit(notebook, root => NotebookJson.Manifest(root)["filesWritten"]![0]!["sha256"] = recorded);

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);
        var accept = CliRun.Of("verify", notebook, "--accept", "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"  file figures/dose.txt: The file 'figures/dose.txt' matches the committed one (sha256 {DoseSha256}), but the committed run manifest records sha256 {recorded}.",
            run.Output.Split(Environment.NewLine));
        Assert.False(File.Exists(Received));
        Assert.Equal(0, accept.ExitCode);
        Assert.Equal(DoseSha256, NotebookJson.Manifest(NotebookJson.Read(notebook))["filesWritten"]![0]!["sha256"]!.GetValue<string>());
    }

    [Fact]
    public void A_malformed_list_of_written_files_in_the_committed_manifest_fails_the_notebook_naming_the_entry()
    {
        var notebook = CommitStudy();
        NotebookJson.Edit(notebook, root => NotebookJson.Manifest(root)["filesWritten"]![0]!.AsObject().Remove("sha256"));

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "metadata medtwin.manifest.filesWritten[0] is not a file {path, sha256} whose path is listed once; found {\"path\":\"figures/dose.txt\"}.",
            run.Error,
            StringComparison.Ordinal);
        Assert.Equal(Dose, File.ReadAllText(Committed));
    }

    [Fact]
    public void Reproduce_counts_a_differing_file_in_its_summary()
    {
        var notebook = CommitStudy();
        File.WriteAllText(Committed, "dose 7 mg\n");

        var run = CliRun.Of("reproduce", "--notebooks", scratch.Root, "--artifacts", scratch.PathOf("artifacts"), "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Output.Split(Environment.NewLine), line => line.Contains("study.ipynb", StringComparison.Ordinal) && line.Contains("differs (1 file)", StringComparison.Ordinal));
        Assert.Equal("dose 7 mg\n", File.ReadAllText(Committed));
        Assert.True(File.Exists(Received));
        Assert.True(File.Exists(notebook));
    }

    [Fact]
    public void A_cell_writing_outside_the_notebooks_folder_fails_naming_the_path_and_writes_nothing()
    {
        var notebook = TestNotebooks.Write(
            scratch.PathOf(Path.Combine("study", "study.ipynb")),
            "Study.Current.WriteFile(\"../outside.txt\", stream => stream.WriteByte(1));");

        var run = CliRun.Of("run", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'../outside.txt' leads outside it", run.Error, StringComparison.Ordinal);
        Assert.Equal(["study/study.ipynb"], FilesInScratch());
    }

    public void Dispose() => scratch.Dispose();
}
