namespace MedTwin.Data.Fhir;

/// <summary>The issues of one resource: every issue added here names the resource and its bundle entry.</summary>
internal sealed class ResourceIssues(ImportIssues all, string resource, int entry)
{
    /// <summary>The resource, as <c>Type/id</c>.</summary>
    public string Resource => resource;

    public void Add(FhirIssueKind kind, string path, string message) => all.Add(kind, resource, path, message, entry);

    public bool Has(string path) => all.Has(resource, path);
}
