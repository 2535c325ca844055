using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedTwin.Data.Fhir;

/// <summary>
/// Imports the entries of a structurally valid Bundle: each Patient and Observation is deserialized on its own with the
/// Firely SDK, so one malformed resource is reported (with its id and JSON path) and the others are still imported.
/// </summary>
internal static class BundleImporter
{
    private const string PatientType = "Patient";
    private const string ObservationType = "Observation";

    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    public static FhirImport Import(JsonElement bundle, string sourceName)
    {
        var issues = new ImportIssues();
        var entries = bundle.TryGetProperty("entry", out var array) ? [.. array.EnumerateArray()] : Array.Empty<JsonElement>();
        var parsed = new List<ParsedResource>();
        for (var i = 0; i < entries.Length; i++)
        {
            if (ReadEntry(entries[i], i, issues) is { } resource)
            {
                parsed.Add(resource);
            }
        }

        ReportDuplicateIds(parsed);
        var patients = parsed.Where(p => p.Type == PatientType).ToArray();
        var observations = parsed.Where(p => p.Type == ObservationType).ToArray();
        var subjects = new SubjectResolver(
            patients.Where(p => p.FullUrl is not null && p.Id is not null)
                .GroupBy(p => p.FullUrl!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Id!, StringComparer.Ordinal),
            patients.Select(p => p.Id).OfType<string>().ToHashSet(StringComparer.Ordinal));

        var patientRows = patients.Select(p => PatientReader.Read((Patient)p.Resource, p.Id, p.Issues)).ToArray();
        var observationRows = observations.SelectMany(o => ObservationReader.Read((Observation)o.Resource, o.Id, subjects, o.Issues)).ToArray();
        MixedUnitCheck.Report(observationRows, issues);
        var report = new FhirImportReport(sourceName, entries.Length, patientRows.Length, observations.Length, observationRows.Length, issues.Ordered());
        return new FhirImport(ObservationTable.Build(observationRows), PatientTable.Build(patientRows), report);
    }

    private static ParsedResource? ReadEntry(JsonElement entry, int index, ImportIssues issues)
    {
        var where = $"Bundle.entry[{index}]";
        if (entry.ValueKind != JsonValueKind.Object)
        {
            issues.Add(FhirIssueKind.UnreadableEntry, where, string.Empty, $"expected an object, found {JsonKind.Describe(entry)}; the entry is not imported", index);
            return null;
        }

        var fullUrl = entry.TryGetProperty("fullUrl", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
        if (!entry.TryGetProperty("resource", out var resource) || resource.ValueKind != JsonValueKind.Object)
        {
            var found = resource.ValueKind == JsonValueKind.Undefined ? "nothing" : JsonKind.Describe(resource);
            issues.Add(FhirIssueKind.UnreadableEntry, where, "resource", $"expected a resource (an object), found {found}; the entry is not imported", index);
            return null;
        }

        if (!resource.TryGetProperty("resourceType", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
            || typeElement.GetString() is not { Length: > 0 } type)
        {
            issues.Add(FhirIssueKind.UnreadableEntry, where, "resource.resourceType", "missing or not a string; the entry is not imported", index);
            return null;
        }

        var id = resource.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        var label = id is null ? $"{type} ({where})" : $"{type}/{id}";
        if (type is not (PatientType or ObservationType))
        {
            issues.Add(FhirIssueKind.UnsupportedResource, label, string.Empty, "only Patient and Observation resources are imported; this one is not", index);
            return null;
        }

        var resourceIssues = new ResourceIssues(issues, label, index);
        if (id is null)
        {
            resourceIssues.Add(FhirIssueKind.MissingId, "id", "missing; the resource is imported with a missing id");
        }

        var poco = Deserialize(resource, resourceIssues);
        return poco is Patient or Observation ? new ParsedResource(index, fullUrl, type, id, poco, resourceIssues) : null;
    }

    /// <summary>The resource as far as it could be read; every problem Firely found is added to <paramref name="issues"/>.</summary>
    private static Resource? Deserialize(JsonElement resource, ResourceIssues issues)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(resource.GetRawText()), new JsonReaderOptions { MaxDepth = FhirBundleReader.MaxDepth });
        try
        {
            Deserializer.TryDeserializeResource(ref reader, out var poco, out var problems);
            foreach (var problem in problems)
            {
                var (path, message) = FirelyIssue.Describe(problem, resource);
                issues.Add(FhirIssueKind.Malformed, path, message);
            }

            return poco;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            issues.Add(FhirIssueKind.UnreadableEntry, string.Empty, $"could not be read ({e.Message}); it is not imported");
            return null;
        }
    }

    private static void ReportDuplicateIds(IEnumerable<ParsedResource> resources)
    {
        foreach (var group in resources.Where(r => r.Id is not null).GroupBy(r => (r.Type, r.Id)))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                duplicate.Issues.Add(FhirIssueKind.DuplicateId, "id",
                    $"another {first.Type} with this id is at Bundle.entry[{first.Entry}]; both are imported");
            }
        }
    }
}
