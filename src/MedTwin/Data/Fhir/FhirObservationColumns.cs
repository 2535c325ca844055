namespace MedTwin.Data.Fhir;

/// <summary>The columns of <see cref="FhirImport.Observations"/>, in order.</summary>
public static class FhirObservationColumns
{
    /// <summary>The Observation's id (text).</summary>
    public const string Observation = "observation";

    /// <summary>The id of the Patient the observation's subject references (text); missing when it has none.</summary>
    public const string Patient = "patient";

    /// <summary>Whether that Patient is in the bundle (boolean); false for unknown and missing subjects.</summary>
    public const string PatientKnown = "patient_known";

    /// <summary>effectiveDateTime, effectivePeriod.start or effectiveInstant, in UTC (date-time).</summary>
    public const string Time = "time";

    /// <summary>For a component row, the code of the observation it belongs to (e.g. <c>85354-9</c>); missing otherwise.</summary>
    public const string Panel = "panel";

    /// <summary>The code system of <see cref="Code"/> (text), e.g. <c>http://loinc.org</c>.</summary>
    public const string CodeSystem = "code_system";

    /// <summary>The code (text); a LOINC coding is preferred when there are several.</summary>
    public const string Code = "code";

    /// <summary>The coding's display, else the concept's text.</summary>
    public const string Display = "display";

    /// <summary>valueQuantity.value (real), as given: units are not converted.</summary>
    public const string Value = "value";

    /// <summary>valueQuantity.code (a UCUM code), else valueQuantity.unit as given.</summary>
    public const string Unit = "unit";

    /// <summary>The observation's status code (text), as given.</summary>
    public const string Status = "status";

    /// <summary>All columns, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Observation, Patient, PatientKnown, Time, Panel, CodeSystem, Code, Display, Value, Unit, Status];
}
