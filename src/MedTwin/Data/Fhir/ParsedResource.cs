using Hl7.Fhir.Model;

namespace MedTwin.Data.Fhir;

/// <summary>A Patient or Observation entry after deserialization (possibly partial, its problems already reported).</summary>
internal sealed record ParsedResource(int Entry, string? FullUrl, string Type, string? Id, Resource Resource, ResourceIssues Issues);
