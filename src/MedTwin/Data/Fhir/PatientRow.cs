namespace MedTwin.Data.Fhir;

/// <summary>One row of the patients table, in <see cref="FhirPatientColumns"/> order.</summary>
internal sealed record PatientRow(
    string? Patient,
    string? Name,
    DateTime? BirthDate,
    string? Gender,
    string? AddressLine,
    string? City,
    string? State,
    string? PostalCode,
    string? Country,
    string? Phone,
    string? Email,
    string? Identifiers);
