using MedTwin.Data.Snapshots;
using MedTwin.Tests.Support;
using static MedTwin.Tests.Support.TemporaryDataFolder;

namespace MedTwin.Tests.Data.Snapshots;

public sealed class SnapshotVerifyAndDiscoverTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new();

    [Fact]
    public void Verify_passes_intact_snapshots_and_names_each_that_fails()
    {
        folder.AddSnapshot("good", 1, "x\n1\n", [Column("x", "integer")]);
        var tampered = folder.AddSnapshot("tampered", 1, "x\n1\n", [Column("x", "integer")]);
        folder.AddSnapshot("unparsable", 1, "x\none\n", [Column("x", "integer")]);
        File.AppendAllText(tampered, "2\n");

        var checks = new SnapshotCatalog(folder.Root).Verify();

        Assert.Equal(["good", "tampered", "unparsable"], checks.Select(c => c.Name));
        Assert.True(checks[0].Passed);
        Assert.Contains("SHA-256 mismatch", checks[1].Problem, StringComparison.Ordinal);
        Assert.Contains("column 'x'", checks[2].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_finds_the_nearest_data_folder_above_the_start()
    {
        var project = Path.Combine(folder.Root, "project");
        var data = Path.Combine(project, "data");
        var nested = Path.Combine(project, "notebooks", "chapter-1");
        Directory.CreateDirectory(nested);
        Directory.CreateDirectory(Path.Combine(data, "x", "1"));
        File.WriteAllText(Path.Combine(data, "x", "1", "snapshot.json"), "{}");

        Assert.Equal(data, SnapshotCatalog.Discover(nested).RootDirectory);
    }

    [Fact]
    public void Discover_without_a_data_folder_says_where_it_looked_and_how_to_point_it()
    {
        var empty = Path.Combine(folder.Root, "empty");
        Directory.CreateDirectory(empty);

        var error = Assert.Throws<DirectoryNotFoundException>(() => SnapshotCatalog.Discover(empty));

        Assert.Contains(empty, error.Message, StringComparison.Ordinal);
        Assert.Contains(SnapshotCatalog.DataFolderVariable, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
