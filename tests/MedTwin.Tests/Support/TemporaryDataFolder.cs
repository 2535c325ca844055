using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MedTwin.Tests.Support;

/// <summary>A throw-away data folder for snapshots made up by a test, deleted on dispose.</summary>
internal sealed class TemporaryDataFolder : IDisposable
{
    public TemporaryDataFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "medtwin-tests", Path.GetRandomFileName());

    /// <summary>
    /// Writes <c>&lt;name&gt;/&lt;version&gt;/data.csv</c> and a manifest pinning its hash and row count; <paramref name="edit"/>
    /// may change the manifest before it is written. Returns the data file's path.
    /// </summary>
    public string AddSnapshot(string name, int version, string csv, JsonArray columns, Action<JsonObject>? edit = null)
    {
        var folder = Path.Combine(Root, name, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var bytes = Encoding.UTF8.GetBytes(csv);
        var dataPath = Path.Combine(folder, "data.csv");
        File.WriteAllBytes(dataPath, bytes);

        var manifest = new JsonObject
        {
            ["name"] = name,
            ["version"] = version,
            ["title"] = "A test snapshot",
            ["description"] = "Made up by a test.",
            ["file"] = "data.csv",
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ["rows"] = csv.TrimEnd('\n').Split('\n').Length - 1,
            ["missingValues"] = "An empty field is a missing value.",
            ["source"] = "The test.",
            ["exportedFrom"] = "The test.",
            ["citation"] = "None.",
            ["license"] = "MIT",
            ["columns"] = columns,
        };
        edit?.Invoke(manifest);
        File.WriteAllText(Path.Combine(folder, "snapshot.json"), manifest.ToJsonString());
        return dataPath;
    }

    /// <summary>Copies a real snapshot of the repository's data folder here.</summary>
    public string CopyFromRepository(string name, int version)
    {
        var relative = Path.Combine(name, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var target = Path.Combine(Root, relative);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Data, relative)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    public static JsonObject Column(string name, string type, string? unit = null, params string[] levels)
    {
        var column = new JsonObject { ["name"] = name, ["type"] = type, ["unit"] = unit, ["description"] = $"The {name}." };
        if (levels.Length > 0)
        {
            column["levels"] = new JsonArray([.. levels.Select(level => JsonValue.Create(level))]);
        }

        return column;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
