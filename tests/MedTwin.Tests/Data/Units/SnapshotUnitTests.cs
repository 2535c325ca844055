using System.Text.Json;
using MedTwin.Data.Units;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Data.Units;

/// <summary>Every unit code the committed snapshots declare (data/*/*/snapshot.json, column "unit") must parse.</summary>
public sealed class SnapshotUnitTests
{
    public static TheoryData<string, string> DeclaredUnits()
    {
        var data = new TheoryData<string, string>();
        foreach (var (snapshot, unit) in ReadDeclaredUnits().Distinct())
        {
            data.Add(snapshot, unit);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeclaredUnits))]
    public void Every_unit_code_in_the_committed_snapshots_parses(string snapshot, string code)
    {
        Assert.True(Unit.TryParse(code, out var unit), $"{snapshot}: '{code}'");
        Assert.Equal(code, unit.Code);
    }

    [Fact]
    public void The_committed_snapshots_declare_the_clinical_units_expected()
    {
        var codes = ReadDeclaredUnits().Select(u => u.Unit).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("mm[Hg]", codes);
        Assert.Contains("mg/dL", codes);
        Assert.Contains("u[IU]/mL", codes);
        Assert.Contains("(mg/kg/min)/(pmol/L)", codes);
    }

    private static IEnumerable<(string Snapshot, string Unit)> ReadDeclaredUnits()
    {
        var manifests = Directory.EnumerateFiles(RepositoryPaths.Data, "snapshot.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(manifests);
        foreach (var path in manifests)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var snapshot = Path.GetRelativePath(RepositoryPaths.Data, Path.GetDirectoryName(path)!).Replace('\\', '/');
            foreach (var column in document.RootElement.GetProperty("columns").EnumerateArray())
            {
                if (column.TryGetProperty("unit", out var unit) && unit.ValueKind == JsonValueKind.String)
                {
                    yield return (snapshot, unit.GetString()!);
                }
            }
        }
    }
}
