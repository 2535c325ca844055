using Hl7.Fhir.Model;

namespace MedTwin.Data.Fhir;

/// <summary>
/// Resolves an observation's subject to a Patient id: a relative reference (<c>Patient/p1</c>), an absolute one
/// ending in <c>Patient/p1</c> (a <c>_history</c> suffix ignored), or the fullUrl of a Patient entry of the bundle.
/// </summary>
internal sealed class SubjectResolver(IReadOnlyDictionary<string, string> patientsByFullUrl, IReadOnlySet<string> patientIds)
{
    /// <summary>The patient id (or the unresolved reference) and whether that Patient is in the bundle.</summary>
    public (string? Patient, bool Known) Resolve(ResourceReference? subject, ResourceIssues issues)
    {
        if (subject is null)
        {
            issues.Add(FhirIssueKind.MissingSubject, "subject", "missing; the observation's rows have no patient");
            return (null, false);
        }

        var reference = FhirText.Of(subject.ReferenceElement);
        if (reference is null)
        {
            issues.Add(FhirIssueKind.MissingSubject, "subject.reference", "missing (an identifier or display alone does not name a resource); the observation's rows have no patient");
            return (null, false);
        }

        if (patientsByFullUrl.TryGetValue(reference, out var byUrl))
        {
            return (byUrl, true);
        }

        var parts = reference.Split('/');
        var history = Array.IndexOf(parts, "_history");
        if (history >= 0)
        {
            parts = parts[..history];
        }

        if (parts.Length < 2 || parts[^1].Length == 0)
        {
            issues.Add(FhirIssueKind.UnknownSubject, "subject.reference",
                $"'{reference}' does not resolve to a Patient in the bundle; the rows are kept with patient '{reference}', flagged as not known");
            return (reference, false);
        }

        var (type, id) = (parts[^2], parts[^1]);
        if (type != "Patient")
        {
            issues.Add(FhirIssueKind.SubjectNotPatient, "subject.reference", $"'{reference}' is a {type}, not a Patient; the observation's rows have no patient");
            return (null, false);
        }

        if (!patientIds.Contains(id))
        {
            issues.Add(FhirIssueKind.UnknownSubject, "subject.reference",
                $"Patient/{id} is not in the bundle; the rows are kept with patient '{id}', flagged as not known");
            return (id, false);
        }

        return (id, true);
    }
}
