using Microsoft.Data.Analysis;

namespace MedTwin.Data.Fhir;

/// <summary>Builds the patients DataFrame, rows ordered by id (ordinal, missing first), then as given.</summary>
internal static class PatientTable
{
    public static DataFrame Build(IEnumerable<PatientRow> rows)
    {
        var ordered = rows.OrderBy(r => r.Patient, StringComparer.Ordinal).ToArray();
        return new DataFrame(
            new StringDataFrameColumn(FhirPatientColumns.Patient, ordered.Select(r => r.Patient)),
            new StringDataFrameColumn(FhirPatientColumns.Name, ordered.Select(r => r.Name)),
            new DateTimeDataFrameColumn(FhirPatientColumns.BirthDate, ordered.Select(r => r.BirthDate)),
            new StringDataFrameColumn(FhirPatientColumns.Gender, ordered.Select(r => r.Gender)),
            new StringDataFrameColumn(FhirPatientColumns.AddressLine, ordered.Select(r => r.AddressLine)),
            new StringDataFrameColumn(FhirPatientColumns.City, ordered.Select(r => r.City)),
            new StringDataFrameColumn(FhirPatientColumns.State, ordered.Select(r => r.State)),
            new StringDataFrameColumn(FhirPatientColumns.PostalCode, ordered.Select(r => r.PostalCode)),
            new StringDataFrameColumn(FhirPatientColumns.Country, ordered.Select(r => r.Country)),
            new StringDataFrameColumn(FhirPatientColumns.Phone, ordered.Select(r => r.Phone)),
            new StringDataFrameColumn(FhirPatientColumns.Email, ordered.Select(r => r.Email)),
            new StringDataFrameColumn(FhirPatientColumns.Identifiers, ordered.Select(r => r.Identifiers)));
    }
}
