using MedTwin.Data.Fhir;

namespace MedTwin.Data.Deidentification;

/// <summary>The column roles of the tables <see cref="FhirBundleReader"/> makes, and the names their tables get.</summary>
public static class FhirColumnRoles
{
    /// <summary>The name of the patients table in a <see cref="DeidentificationResult"/>.</summary>
    public const string PatientsTable = "patients";

    /// <summary>The name of the observations table in a <see cref="DeidentificationResult"/>.</summary>
    public const string ObservationsTable = "observations";

    /// <summary>
    /// <see cref="FhirImport.Patients"/>: the id becomes a pseudonym; name, street address, city, phone, e-mail and
    /// identifiers are removed; the birth date is shifted (or cut to the year) and removed at 90 or older; the ZIP code
    /// is cut to three digits; gender, state and country are kept.
    /// </summary>
    public static IReadOnlyDictionary<string, ColumnRole> Patients { get; } = new Dictionary<string, ColumnRole>(StringComparer.Ordinal)
    {
        [FhirPatientColumns.Patient] = ColumnRole.PatientKey,
        [FhirPatientColumns.Name] = ColumnRole.Identifier,
        [FhirPatientColumns.BirthDate] = ColumnRole.BirthDate,
        [FhirPatientColumns.Gender] = ColumnRole.Keep,
        [FhirPatientColumns.AddressLine] = ColumnRole.Identifier,
        [FhirPatientColumns.City] = ColumnRole.Identifier,
        [FhirPatientColumns.State] = ColumnRole.Keep,
        [FhirPatientColumns.PostalCode] = ColumnRole.PostalCode,
        [FhirPatientColumns.Country] = ColumnRole.Keep,
        [FhirPatientColumns.Phone] = ColumnRole.Identifier,
        [FhirPatientColumns.Email] = ColumnRole.Identifier,
        [FhirPatientColumns.Identifiers] = ColumnRole.Identifier,
    };

    /// <summary>
    /// <see cref="FhirImport.Observations"/>: the observation's id is removed (resource ids can carry record numbers),
    /// the patient becomes a pseudonym, the time is shifted (or cut to the year), and the measurements are kept.
    /// </summary>
    public static IReadOnlyDictionary<string, ColumnRole> Observations { get; } = new Dictionary<string, ColumnRole>(StringComparer.Ordinal)
    {
        [FhirObservationColumns.Observation] = ColumnRole.Identifier,
        [FhirObservationColumns.Patient] = ColumnRole.PatientKey,
        [FhirObservationColumns.PatientKnown] = ColumnRole.Keep,
        [FhirObservationColumns.Time] = ColumnRole.Date,
        [FhirObservationColumns.Panel] = ColumnRole.Keep,
        [FhirObservationColumns.CodeSystem] = ColumnRole.Keep,
        [FhirObservationColumns.Code] = ColumnRole.Keep,
        [FhirObservationColumns.Display] = ColumnRole.Keep,
        [FhirObservationColumns.Value] = ColumnRole.Keep,
        [FhirObservationColumns.Unit] = ColumnRole.Keep,
        [FhirObservationColumns.Status] = ColumnRole.Keep,
    };
}
