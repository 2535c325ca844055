using MedTwin.Reproducibility;

namespace MedTwin.Cli.Tests;

public sealed class VerifyManifestTests : IDisposable
{
    private const string OpensPima = "Study.Current.OpenSnapshot(\"pima-diabetes\", 1).Data.Rows.Count";
    private const string PimaSha256 = "6df66d0de9500660e6e620ba0b9df584ab4ec259c002ab468f0e2746403ae692";

    private readonly ScratchFolder scratch = new();

    [Fact]
    public void A_notebook_committed_with_another_medtwin_version_differs_in_its_manifest()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), OpensPima);
        NotebookJson.Edit(notebook, root => NotebookJson.Manifest(root)["medtwinVersion"] = "0.0.1");

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("DIFFERS    study.ipynb: ", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            $"  manifest: The MedTwin version differs (medtwin.manifest.medtwinVersion): committed \"0.0.1\", received \"{LibraryInfo.Version}\".",
            run.Output.Split(Environment.NewLine));
        Assert.DoesNotContain("  cell ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_committed_with_another_snapshot_hash_differs_in_its_manifest()
    {
        var notebook = TestNotebooks.WriteCommitted(scratch.PathOf("study.ipynb"), OpensPima);
        var changed = new string('0', 64);
        NotebookJson.Edit(notebook, root =>
        {
            var snapshot = NotebookJson.Manifest(root)["snapshots"]![0]!.AsObject();
            Assert.Equal(PimaSha256, snapshot["sha256"]!.GetValue<string>());
            snapshot["sha256"] = changed;
        });

        var run = CliRun.Of("verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"  manifest: Snapshot 'pima-diabetes' version 1 has a different SHA-256: committed \"{changed}\", received \"{PimaSha256}\".",
            run.Output.Split(Environment.NewLine));
    }

    public void Dispose() => scratch.Dispose();
}
