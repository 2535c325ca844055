using MedTwin.Notebooks.Tests.Support;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Notebooks.Tests.Verification;

public sealed class VerifiedSnapshotTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    /// <summary>Where a test source file would be: the snapshots go beside it.</summary>
    private string SourceFile => folder.PathOf("GlucoseTests.cs");

    private string VerifiedPath => folder.PathOf("GlucoseTests.Fasting_glucose.verified.txt");

    private string ReceivedPath => folder.PathOf("GlucoseTests.Fasting_glucose.received.txt");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_value_matching_its_verified_file_passes_and_a_stale_received_file_is_deleted()
    {
        File.WriteAllText(VerifiedPath, "fasting glucose 5.4 mmol/L\r\nrun {guid}\r\n");
        File.WriteAllText(ReceivedPath, "stale");

        VerifiedSnapshot.Match("fasting glucose 5.4 mmol/L\nrun 3f2504e0-4f89-11d3-9a0c-0305e82c3301\n", sourceFile: SourceFile, member: "Fasting_glucose");

        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void A_value_differing_from_its_verified_file_writes_the_received_file_and_throws_the_diff()
    {
        File.WriteAllText(VerifiedPath, "fasting glucose 5.4 mmol/L\n");

        var error = Assert.Throws<SnapshotMismatchException>(
            () => VerifiedSnapshot.Match("fasting glucose 5.5 mmol/L\nat /tmp/x/y.csv\n", sourceFile: SourceFile, member: "Fasting_glucose"));

        var diff = "--- verified GlucoseTests.Fasting_glucose.verified.txt\n+++ received GlucoseTests.Fasting_glucose.received.txt\n"
            + "@@ -1,1 +1,2 @@\n-fasting glucose 5.4 mmol/L\n+fasting glucose 5.5 mmol/L\n+at {path}\n";
        Assert.Equal(diff, error.Diff);
        Assert.Equal(
            "The value does not match its verified snapshot. To accept it, move the received file over the verified one.\n"
            + $"verified: {VerifiedPath}\nreceived: {ReceivedPath}\n{diff}",
            error.Message);
        Assert.Equal((VerifiedPath, ReceivedPath), (error.VerifiedPath, error.ReceivedPath));
        Assert.Equal("fasting glucose 5.5 mmol/L\nat {path}\n", File.ReadAllText(ReceivedPath));
    }

    [Fact]
    public void A_value_without_a_verified_file_writes_the_received_file_and_throws()
    {
        var error = Assert.Throws<SnapshotMismatchException>(
            () => VerifiedSnapshot.Match("{\"n\": 1}\n", "json", sourceFile: SourceFile, member: "Fasting_glucose"));

        var received = folder.PathOf("GlucoseTests.Fasting_glucose.received.json");
        Assert.StartsWith(
            $"The value has no verified snapshot yet. To accept it, move the received file over the verified one.\nverified: {folder.PathOf("GlucoseTests.Fasting_glucose.verified.json")} (missing)\nreceived: {received}\n",
            error.Message,
            StringComparison.Ordinal);
        Assert.EndsWith("@@ -0,0 +1,1 @@\n+{\"n\": 1}\n", error.Message, StringComparison.Ordinal);
        Assert.Equal("{\"n\": 1}\n", File.ReadAllText(received));
    }

    [Fact]
    public void Accepting_the_received_file_makes_the_next_run_pass()
    {
        Assert.Throws<SnapshotMismatchException>(() => VerifiedSnapshot.Match("a 1\n", sourceFile: SourceFile, member: "Fasting_glucose"));
        File.Move(ReceivedPath, VerifiedPath);

        VerifiedSnapshot.Match("a 1\n", sourceFile: SourceFile, member: "Fasting_glucose");

        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Settings_bring_their_tolerance_and_scrub_rules()
    {
        File.WriteAllText(VerifiedPath, "auc 0.81 seed {seed}\n");
        var settings = new VerificationSettings([new ScrubRule(@"seed \d+", "seed {seed}")], new NumericTolerance(0, 0.01));

        VerifiedSnapshot.Match("auc 0.815 seed 42\n", settings, sourceFile: SourceFile, member: "Fasting_glucose");
    }

    [Fact]
    public void The_snapshot_files_are_named_after_the_calling_test_file_and_method()
    {
        var (verified, received) = VerifiedSnapshot.Paths(Path.Combine("tests", "X", "PlotTests.cs"), "A_chart", "html");

        Assert.Equal(Path.Combine("tests", "X", "PlotTests.A_chart.verified.html"), verified);
        Assert.Equal(Path.Combine("tests", "X", "PlotTests.A_chart.received.html"), received);
    }

    [Fact]
    public void The_compiler_supplies_the_test_file_and_method()
    {
        var error = Assert.Throws<SnapshotMismatchException>(() => VerifiedSnapshot.Match("x"));
        File.Delete(error.ReceivedPath);

        Assert.EndsWith(Path.Combine("Verification", "VerifiedSnapshotTests.The_compiler_supplies_the_test_file_and_method.received.txt"), error.ReceivedPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_path_mapped_by_a_deterministic_CI_build_is_found_again_above_the_test_assembly()
    {
        var mapped = "/_/tests/MedTwin.Notebooks.Tests/Verification/VerifiedSnapshotTests.cs";

        var error = Assert.Throws<SnapshotMismatchException>(() => VerifiedSnapshot.Match("x", sourceFile: mapped, member: "Mapped"));
        File.Delete(error.ReceivedPath);

        Assert.True(Path.IsPathFullyQualified(error.ReceivedPath));
        Assert.EndsWith(Path.Combine("tests", "MedTwin.Notebooks.Tests", "Verification", "VerifiedSnapshotTests.Mapped.received.txt"), error.ReceivedPath, StringComparison.Ordinal);
    }
}
