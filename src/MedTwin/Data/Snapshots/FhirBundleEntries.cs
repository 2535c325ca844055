using System.Text.Json;

namespace MedTwin.Data.Snapshots;

/// <summary>Checks that a fhir-bundle snapshot is a JSON Bundle with as many entries as its manifest declares.</summary>
internal static class FhirBundleEntries
{
    public static void Check(byte[] bytes, string filePath, string manifestPath, int declaredEntries)
    {
        int entries;
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Bundle")
            {
                throw new SnapshotFormatException(filePath, 1, column: null, text: null, "expected a FHIR Bundle (an object with \"resourceType\": \"Bundle\")");
            }

            entries = root.TryGetProperty("entry", out var entry) && entry.ValueKind == JsonValueKind.Array ? entry.GetArrayLength() : 0;
        }
        catch (JsonException e)
        {
            throw new SnapshotFormatException(filePath, (int)(e.LineNumber ?? 0) + 1, column: null, text: null, $"the file is not valid JSON ({e.Message})");
        }

        if (entries != declaredEntries)
        {
            throw new SnapshotManifestException(manifestPath, $"declares {declaredEntries} rows (bundle entries) but '{filePath}' has {entries}.");
        }
    }
}
