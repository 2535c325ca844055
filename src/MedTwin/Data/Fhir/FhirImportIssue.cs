namespace MedTwin.Data.Fhir;

/// <summary>One problem found while importing a bundle, with the resource and the JSON path it is at.</summary>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Resource">The resource, as <c>Type/id</c> (e.g. <c>Observation/obs-7</c>), or the entry when it has no readable id.</param>
/// <param name="Path">The JSON path inside the resource (e.g. <c>valueQuantity.value</c>); empty when the problem is the whole resource.</param>
/// <param name="Message">What was expected and what was found, or what was done about it.</param>
/// <param name="Entry">The 0-based index of the bundle entry, or <c>null</c> for a problem across the bundle.</param>
public sealed record FhirImportIssue(FhirIssueKind Kind, string Resource, string Path, string Message, int? Entry)
{
    /// <summary>The issue as one line, e.g. <c>Observation/obs-7: valueQuantity.value: expected a number, found "high"</c>.</summary>
    public override string ToString() => Path.Length == 0 ? $"{Resource}: {Message}" : $"{Resource}: {Path}: {Message}";
}
