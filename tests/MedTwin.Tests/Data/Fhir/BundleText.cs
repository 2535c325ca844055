using MedTwin.Data.Fhir;

namespace MedTwin.Tests.Data.Fhir;

/// <summary>Small hand-made bundles for tests, written as JSON text.</summary>
internal static class BundleText
{
    public const string Patient = """{ "resourceType": "Patient", "id": "p1", "birthDate": "1970-01-01" }""";

    public static string Of(params string[] resources) =>
        $$"""{ "resourceType": "Bundle", "type": "collection", "entry": [{{string.Join(", ", resources.Select(r => $$"""{ "resource": {{r}} }"""))}}] }""";

    /// <summary>A heart-rate observation of patient p1; the fields can be replaced with any JSON.</summary>
    public static string HeartRate(
        string id = "\"hr-1\"",
        string time = "\"effectiveDateTime\": \"2024-03-01T08:00:00Z\"",
        string value = "\"valueQuantity\": { \"value\": 72, \"unit\": \"/min\", \"system\": \"http://unitsofmeasure.org\", \"code\": \"/min\" }",
        string subject = "\"subject\": { \"reference\": \"Patient/p1\" }",
        string code = "\"code\": { \"coding\": [{ \"system\": \"http://loinc.org\", \"code\": \"8867-4\", \"display\": \"Heart rate\" }] }") =>
        $$"""{ "resourceType": "Observation", "id": {{id}}, "status": "final", {{code}}, {{subject}}, {{time}}, {{value}} }""";

    public static FhirImport Import(params string[] resources) => FhirBundleReader.Parse(Of(resources), "test-bundle.json");
}
