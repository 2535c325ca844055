namespace MedTwin.Data.Fhir;

/// <summary>What kind of problem an import issue reports.</summary>
public enum FhirIssueKind
{
    /// <summary>An element does not follow the FHIR R4 specification; the rest of the resource is still imported.</summary>
    Malformed,

    /// <summary>A bundle entry could not be imported at all (no resource, no resourceType); nothing of it is in the tables.</summary>
    UnreadableEntry,

    /// <summary>A resource type other than Patient and Observation; the resource is not imported.</summary>
    UnsupportedResource,

    /// <summary>A resource has no id; it is imported with a missing id.</summary>
    MissingId,

    /// <summary>Two resources of one type share an id; both are imported.</summary>
    DuplicateId,

    /// <summary>An observation has no subject reference; its rows have a missing patient.</summary>
    MissingSubject,

    /// <summary>An observation's subject is a patient not in the bundle; its rows are kept and flagged.</summary>
    UnknownSubject,

    /// <summary>An observation's subject is not a Patient (a Group, a Device…); its rows have a missing patient.</summary>
    SubjectNotPatient,

    /// <summary>An observation has no effective time; its rows have a missing time.</summary>
    MissingTime,

    /// <summary>A time or date is less precise than the column holds (a date without a time of day, a year alone).</summary>
    ImpreciseTime,

    /// <summary>An observation or component has no coding; its code is missing.</summary>
    MissingCode,

    /// <summary>An observation has no value and no components; its row has a missing value.</summary>
    MissingValue,

    /// <summary>A value is not a Quantity (a string, a code…); its row has a missing value.</summary>
    UnsupportedValue,

    /// <summary>A quantity has no unit at all.</summary>
    MissingUnit,

    /// <summary>A quantity's unit is not a UCUM code; it is kept as given.</summary>
    NonUcumUnit,

    /// <summary>One code has values in more than one unit; they are kept as given, not converted.</summary>
    MixedUnits,
}
