using Hl7.Fhir.Model;

namespace MedTwin.Data.Fhir;

/// <summary>Turns one (possibly partial) Patient into a row of the patients table.</summary>
internal static class PatientReader
{
    public static PatientRow Read(Patient patient, string? id, ResourceIssues issues)
    {
        var name = patient.Name.FirstOrDefault(n => FhirText.Of(n.UseElement) == "official") ?? patient.Name.FirstOrDefault();
        var address = patient.Address.FirstOrDefault(a => FhirText.Of(a.UseElement) == "home") ?? patient.Address.FirstOrDefault();
        return new PatientRow(
            id,
            name is null ? null : FhirText.Of(name.TextElement) ?? JoinName(name),
            ReadBirthDate(patient.BirthDateElement, issues),
            FhirText.Of(patient.GenderElement),
            FhirText.Join(address?.LineElement, ", "),
            FhirText.Of(address?.CityElement),
            FhirText.Of(address?.StateElement),
            FhirText.Of(address?.PostalCodeElement),
            FhirText.Of(address?.CountryElement),
            Telecom(patient, "phone"),
            Telecom(patient, "email"),
            Identifiers(patient));
    }

    private static string? JoinName(HumanName name)
    {
        var parts = name.GivenElement.Select(FhirText.Of).Append(FhirText.Of(name.FamilyElement)).OfType<string>().ToArray();
        return parts.Length == 0 ? null : string.Join(' ', parts);
    }

    private static string? Telecom(Patient patient, string system)
    {
        var values = patient.Telecom
            .Where(t => FhirText.Of(t.SystemElement) == system)
            .Select(t => FhirText.Of(t.ValueElement))
            .OfType<string>()
            .ToArray();
        return values.Length == 0 ? null : string.Join("; ", values);
    }

    private static string? Identifiers(Patient patient)
    {
        var values = patient.Identifier
            .Select(i => (System: FhirText.Of(i.SystemElement), Value: FhirText.Of(i.ValueElement)))
            .Where(i => i.Value is not null)
            .Select(i => i.System is null ? i.Value! : $"{i.System}|{i.Value}")
            .ToArray();
        return values.Length == 0 ? null : string.Join("; ", values);
    }

    private static DateTime? ReadBirthDate(Date? birthDate, ResourceIssues issues)
    {
        if (birthDate?.JsonValue is not string literal)
        {
            return null;
        }

        switch (FhirTime.Read(literal, out var day))
        {
            case FhirTime.Precision.Day:
                return day;
            case FhirTime.Precision.YearOrMonth:
                issues.Add(FhirIssueKind.ImpreciseTime, "birthDate", $"'{literal}' gives only a year or a month; the birth date is missing");
                return null;
            default:
                if (!issues.Has("birthDate"))
                {
                    issues.Add(FhirIssueKind.Malformed, "birthDate", $"expected a FHIR date (YYYY-MM-DD), found \"{literal}\"");
                }

                return null;
        }
    }
}
