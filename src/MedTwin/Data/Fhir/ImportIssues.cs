namespace MedTwin.Data.Fhir;

/// <summary>Collects the issues of one import.</summary>
internal sealed class ImportIssues
{
    private readonly List<FhirImportIssue> issues = [];

    public void Add(FhirIssueKind kind, string resource, string path, string message, int? entry) =>
        issues.Add(new FhirImportIssue(kind, resource, path, message, entry));

    /// <summary>Whether an issue about this resource and path was already reported (so a second one would repeat it).</summary>
    public bool Has(string resource, string path) =>
        issues.Any(issue => issue.Resource == resource && issue.Path == path);

    /// <summary>The issues ordered by entry (stable; issues across the bundle last).</summary>
    public IReadOnlyList<FhirImportIssue> Ordered() =>
        [.. issues.OrderBy(issue => issue.Entry ?? int.MaxValue)];
}
