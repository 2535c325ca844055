using Microsoft.Data.Analysis;

namespace MedTwin.Data.Fhir;

/// <summary>Builds the observations DataFrame, rows ordered by patient, time, code (ordinal, missing first), then as given.</summary>
internal static class ObservationTable
{
    public static DataFrame Build(IEnumerable<ObservationRow> rows)
    {
        var ordered = rows
            .OrderBy(r => r.Patient, StringComparer.Ordinal)
            .ThenBy(r => r.Time)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToArray();
        return new DataFrame(
            new StringDataFrameColumn(FhirObservationColumns.Observation, ordered.Select(r => r.Observation)),
            new StringDataFrameColumn(FhirObservationColumns.Patient, ordered.Select(r => r.Patient)),
            new BooleanDataFrameColumn(FhirObservationColumns.PatientKnown, ordered.Select(r => (bool?)r.PatientKnown)),
            new DateTimeDataFrameColumn(FhirObservationColumns.Time, ordered.Select(r => r.Time)),
            new StringDataFrameColumn(FhirObservationColumns.Panel, ordered.Select(r => r.Panel)),
            new StringDataFrameColumn(FhirObservationColumns.CodeSystem, ordered.Select(r => r.CodeSystem)),
            new StringDataFrameColumn(FhirObservationColumns.Code, ordered.Select(r => r.Code)),
            new StringDataFrameColumn(FhirObservationColumns.Display, ordered.Select(r => r.Display)),
            new DoubleDataFrameColumn(FhirObservationColumns.Value, ordered.Select(r => r.Value)),
            new StringDataFrameColumn(FhirObservationColumns.Unit, ordered.Select(r => r.Unit)),
            new StringDataFrameColumn(FhirObservationColumns.Status, ordered.Select(r => r.Status)));
    }
}
