namespace MedTwin.Data.Fhir;

/// <summary>One row of the observations table, in <see cref="FhirObservationColumns"/> order.</summary>
internal sealed record ObservationRow(
    string? Observation,
    string? Patient,
    bool PatientKnown,
    DateTime? Time,
    string? Panel,
    string? CodeSystem,
    string? Code,
    string? Display,
    double? Value,
    string? Unit,
    string? Status);
