using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace MedTwin.Data.Snapshots;

/// <summary>Reads a <c>snapshot.json</c> strictly: unknown keys, missing keys and nulls where a value is required are errors.</summary>
internal static partial class SnapshotManifestReader
{
    public const string FileName = "snapshot.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static SnapshotManifest Read(string manifestPath, string folderName, int folderVersion)
    {
        SnapshotManifest manifest;
        try
        {
            using var stream = File.OpenRead(manifestPath);
            manifest = JsonSerializer.Deserialize<SnapshotManifest>(stream, Options)
                ?? throw new SnapshotManifestException(manifestPath, "is 'null'; expected a snapshot manifest object.");
        }
        catch (JsonException e)
        {
            throw new SnapshotManifestException(manifestPath, $"is not a valid snapshot manifest: {e.Message}", e);
        }

        var problem = FindProblem(manifest, folderName, folderVersion);
        return problem is null ? manifest : throw new SnapshotManifestException(manifestPath, problem);
    }

    private static string? FindProblem(SnapshotManifest manifest, string folderName, int folderVersion)
    {
        if (manifest.Name != folderName)
        {
            return $"names the snapshot '{manifest.Name}' but lies in the folder '{folderName}'.";
        }

        if (manifest.Version != folderVersion)
        {
            return $"declares version {manifest.Version} but lies in the folder for version {folderVersion}.";
        }

        if (manifest.File.Length == 0 || Path.GetFileName(manifest.File) != manifest.File || manifest.File is "." or "..")
        {
            return $"'file' must be a plain file name in the snapshot's folder; found \"{manifest.File}\".";
        }

        if (!Sha256Pattern().IsMatch(manifest.Sha256))
        {
            return $"'sha256' must be 64 lower-case hex digits; found \"{manifest.Sha256}\".";
        }

        if (manifest.Rows < 0)
        {
            return $"'rows' must not be negative; found {manifest.Rows}.";
        }

        return manifest.Format switch
        {
            SnapshotFormats.Csv => manifest.Columns.Count == 0 ? "declares no columns." : FindColumnProblem(manifest.Columns),
            SnapshotFormats.FhirBundle => manifest.Columns.Count == 0 ? null : "declares columns, but a fhir-bundle snapshot has none.",
            _ => $"'format' must be \"{SnapshotFormats.Csv}\" or \"{SnapshotFormats.FhirBundle}\"; found \"{manifest.Format}\".",
        };
    }

    private static string? FindColumnProblem(IReadOnlyList<ColumnSpec> columns)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (column.Name.Length == 0)
            {
                return "declares a column with an empty name.";
            }

            if (!seen.Add(column.Name))
            {
                return $"declares the column '{column.Name}' twice.";
            }

            var levelProblem = (column.Type, column.Levels) switch
            {
                (ColumnType.Category, null or { Count: 0 }) => "is a category but declares no levels",
                (ColumnType.Category, var levels) when levels.Distinct(StringComparer.Ordinal).Count() != levels.Count => "declares a level twice",
                (ColumnType.Category, var levels) when levels.Any(level => level.Length == 0) => "declares an empty level",
                (not ColumnType.Category, not null) => "declares levels but is not a category",
                _ => null,
            };
            if (levelProblem is not null)
            {
                return $"column '{column.Name}' {levelProblem}.";
            }
        }

        return null;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
