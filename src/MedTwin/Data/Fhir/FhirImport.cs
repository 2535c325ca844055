using Microsoft.Data.Analysis;

namespace MedTwin.Data.Fhir;

/// <summary>
/// A FHIR bundle as two tidy tables: <see cref="Observations"/> (one row per observation value or component, columns
/// in <see cref="FhirObservationColumns"/>) and <see cref="Patients"/> (one row per Patient, columns in
/// <see cref="FhirPatientColumns"/>), with the <see cref="Report"/> of everything that was wrong or changed.
/// </summary>
public sealed class FhirImport
{
    internal FhirImport(DataFrame observations, DataFrame patients, FhirImportReport report)
    {
        Observations = observations;
        Patients = patients;
        Report = report;
    }

    /// <summary>The observations, ordered by patient, time and code (ordinal; missing first), then bundle order.</summary>
    public DataFrame Observations { get; }

    /// <summary>The patients, ordered by id (ordinal), then bundle order.</summary>
    public DataFrame Patients { get; }

    /// <summary>What was read and every problem found.</summary>
    public FhirImportReport Report { get; }
}
