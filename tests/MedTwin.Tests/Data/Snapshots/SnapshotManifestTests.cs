using System.Text.Json.Nodes;
using MedTwin.Data.Snapshots;
using MedTwin.Tests.Support;
using static MedTwin.Tests.Support.TemporaryDataFolder;

namespace MedTwin.Tests.Data.Snapshots;

public sealed class SnapshotManifestTests : IDisposable
{
    private const string Csv = "id,sex\nA,f\n";
    private readonly TemporaryDataFolder folder = new();

    private static JsonArray Columns() => [Column("id", "text"), Column("sex", "category", null, "f", "m")];

    public static TheoryData<string, string> BrokenManifests() => new()
    {
        { "unknown key", "The JSON property 'colour' could not be mapped" },
        { "missing key", "missing required properties including: 'license'" },
        { "null title", "Path: $.title" },
        { "string version", "Path: $.version" },
        { "wrong name", "names the snapshot 'other' but lies in the folder 'cohort'" },
        { "wrong version", "declares version 2 but lies in the folder for version 1" },
        { "path in file", "'file' must be a plain file name in the snapshot's folder; found \"../../outside.csv\"" },
        { "upper-case hash", "'sha256' must be 64 lower-case hex digits" },
        { "short hash", "'sha256' must be 64 lower-case hex digits" },
        { "negative rows", "'rows' must not be negative; found -1" },
        { "no columns", "declares no columns" },
        { "duplicate column", "declares the column 'id' twice" },
        { "category without levels", "column 'sex' is a category but declares no levels" },
        { "duplicate level", "column 'sex' declares a level twice" },
        { "levels on text", "column 'id' declares levels but is not a category" },
        { "unknown type", "Path: $.columns[0].type" },
        { "not an object", "is not a valid snapshot manifest" },
        { "unknown format", "'format' must be \"csv\" or \"fhir-bundle\"; found \"xlsx\"" },
        { "bundle with columns", "declares columns, but a fhir-bundle snapshot has none" },
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public void A_broken_manifest_is_an_error_naming_the_manifest_and_the_problem(string breakage, string expected)
    {
        folder.AddSnapshot("cohort", 1, Csv, Columns(), manifest => Break(manifest, breakage));
        if (breakage == "not an object")
        {
            File.WriteAllText(Path.Combine(folder.Root, "cohort", "1", "snapshot.json"), "[1, 2");
        }

        var error = Assert.Throws<SnapshotManifestException>(() => new SnapshotCatalog(folder.Root).Open("cohort", 1));

        Assert.StartsWith($"'{Path.Combine(folder.Root, "cohort", "1", "snapshot.json")}': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_returns_every_manifest_ordered_by_name_then_version()
    {
        folder.AddSnapshot("zeta", 1, Csv, Columns());
        folder.AddSnapshot("alpha", 10, Csv, Columns());
        folder.AddSnapshot("alpha", 2, Csv, Columns());
        Directory.CreateDirectory(Path.Combine(folder.Root, "alpha", "draft"));

        var listed = new SnapshotCatalog(folder.Root).List().Select(m => $"{m.Name}/{m.Version}");

        Assert.Equal(["alpha/2", "alpha/10", "zeta/1"], listed);
    }

    private static void Break(JsonObject manifest, string breakage)
    {
        var columns = manifest["columns"]!.AsArray();
        switch (breakage)
        {
            case "unknown key": manifest["colour"] = "blue"; break;
            case "missing key": manifest.Remove("license"); break;
            case "null title": manifest["title"] = null; break;
            case "string version": manifest["version"] = "1"; break;
            case "wrong name": manifest["name"] = "other"; break;
            case "wrong version": manifest["version"] = 2; break;
            case "path in file": manifest["file"] = "../../outside.csv"; break;
            case "upper-case hash": manifest["sha256"] = manifest["sha256"]!.GetValue<string>().ToUpperInvariant(); break;
            case "short hash": manifest["sha256"] = "abc"; break;
            case "negative rows": manifest["rows"] = -1; break;
            case "no columns": columns.Clear(); break;
            case "duplicate column": columns[1] = Column("id", "text"); break;
            case "category without levels": columns[1] = Column("sex", "category"); break;
            case "duplicate level": columns[1] = Column("sex", "category", null, "f", "f"); break;
            case "levels on text": columns[0] = Column("id", "text", null, "A"); break;
            case "unknown type": columns[0] = Column("id", "varchar"); break;
            case "not an object": break;
            case "unknown format": manifest["format"] = "xlsx"; break;
            case "bundle with columns": manifest["format"] = "fhir-bundle"; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }
    }

    [Fact]
    public void A_fhir_bundle_whose_entry_count_disagrees_with_its_manifest_is_rejected()
    {
        folder.AddSnapshot("bundle", 1, "{\"resourceType\": \"Bundle\", \"entry\": [{}, {}]}", [], m =>
        {
            m["format"] = "fhir-bundle";
            m["rows"] = 3;
        });

        var error = Assert.Throws<SnapshotManifestException>(() => new SnapshotCatalog(folder.Root).OpenFile("bundle", 1));

        Assert.Contains("declares 3 rows (bundle entries) but", error.Message, StringComparison.Ordinal);
        Assert.Contains("has 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "expected a FHIR Bundle")]
    [InlineData("{\"resourceType\": \"Patient\"}", "expected a FHIR Bundle")]
    [InlineData("{ not json", "not valid JSON")]
    public void A_fhir_bundle_snapshot_that_is_not_a_bundle_is_rejected(string content, string expected)
    {
        folder.AddSnapshot("bundle", 1, content, [], m =>
        {
            m["format"] = "fhir-bundle";
            m["rows"] = 0;
        });

        var error = Assert.Throws<SnapshotFormatException>(() => new SnapshotCatalog(folder.Root).OpenFile("bundle", 1));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
