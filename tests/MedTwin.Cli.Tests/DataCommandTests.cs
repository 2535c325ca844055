namespace MedTwin.Cli.Tests;

public sealed class DataCommandTests : IDisposable
{
    private readonly string scratch = Path.Combine(Path.GetTempPath(), "medtwin-cli-tests", Path.GetRandomFileName());

    public DataCommandTests() => Directory.CreateDirectory(scratch);

    [Fact]
    public void List_prints_one_line_per_snapshot_with_version_rows_short_hash_and_license()
    {
        var run = CliRun.Of("data", "list", "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^name\s+version\s+rows\s+sha256\s+license$", lines[0]);
        Assert.Equal(9, lines.Length);
        Assert.Matches(@"^pima-diabetes\s+1\s+768\s+6df66d0de950\s+\S", lines.Single(l => l.StartsWith("pima-diabetes", StringComparison.Ordinal)));
    }

    [Fact]
    public void Verify_passes_on_the_committed_snapshots()
    {
        var run = CliRun.Of("data", "verify", "--data", RepositoryPaths.Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.EndsWith($"8 of 8 snapshots intact.{Environment.NewLine}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_exits_non_zero_naming_a_snapshot_with_one_changed_byte_and_both_hashes()
    {
        var data = CopyRepositoryData();
        var file = Path.Combine(data, "theophylline", "1", "theophylline.csv");
        var bytes = File.ReadAllBytes(file);
        bytes[100] ^= 0x01;
        File.WriteAllBytes(file, bytes);

        var run = CliRun.Of("data", "verify", "--data", data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL  theophylline v1: SHA-256 mismatch for", run.Error, StringComparison.Ordinal);
        Assert.Contains(file, run.Error, StringComparison.Ordinal);
        Assert.Contains("expected 9cb8329d19da78114ff7bebf7c31dd9f247492b5ecbc7c0de274081a30a660c8, actual ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("7 of 8 snapshots intact.", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("verify")]
    [InlineData("list")]
    public void A_data_folder_without_snapshots_is_named_as_such_and_fails(string command)
    {
        Directory.CreateDirectory(Path.Combine(scratch, "empty-name", "1"));

        var run = CliRun.Of("data", command, "--data", scratch);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            $"error: The data folder '{scratch}' holds no snapshots (each is <name>/<version>/snapshot.json beside its data file); give --data or $MEDTWIN_DATA the folder that does.{Environment.NewLine}",
            run.Error);
    }

    [Fact]
    public async Task MEDTWIN_DATA_naming_an_empty_folder_is_named_as_such_by_verify()
    {
        var process = CliProcess.Start(scratch, new Dictionary<string, string?> { ["MEDTWIN_DATA"] = scratch }, "data", "verify");

        var run = await CliProcess.CompleteAsync(process);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("snapshots intact", run.Output, StringComparison.Ordinal);
        Assert.StartsWith($"error: The data folder '{scratch}' holds no snapshots", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_folder_that_does_not_exist_is_a_clear_error()
    {
        var missing = Path.Combine(scratch, "nowhere");

        var run = CliRun.Of("data", "list", "--data", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: The data folder '{missing}' does not exist.{Environment.NewLine}", run.Error);
    }

    [Fact]
    public void List_of_a_folder_with_a_broken_manifest_names_the_manifest()
    {
        var data = CopyRepositoryData();
        var manifest = Path.Combine(data, "indomethacin", "1", "snapshot.json");
        File.WriteAllText(manifest, "{ not json");

        var run = CliRun.Of("data", "list", "--data", data);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: '{manifest}': is not a valid snapshot manifest", run.Error, StringComparison.Ordinal);
    }

    private string CopyRepositoryData()
    {
        var target = Path.Combine(scratch, "data");
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
