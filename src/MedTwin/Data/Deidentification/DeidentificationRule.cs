namespace MedTwin.Data.Deidentification;

/// <summary>One rule of HIPAA Safe Harbor (45 CFR 164.514(b)(2)) as applied to a column.</summary>
public enum DeidentificationRule
{
    /// <summary>A column of direct identifiers was removed; the count is the values it held.</summary>
    RemovedIdentifierColumn,

    /// <summary>Patient keys were replaced by pseudonyms.</summary>
    ReplacedPatientKey,

    /// <summary>Dates were shifted by their patient's offset.</summary>
    ShiftedDate,

    /// <summary>Dates were cut to their year.</summary>
    GeneralisedDateToYear,

    /// <summary>Dates of rows without a patient key were removed: they cannot be shifted consistently.</summary>
    RemovedDateWithoutPatient,

    /// <summary>Birth dates of patients aged 90 or older were removed (their age category is kept in a flag column).</summary>
    RemovedBirthDate90OrOlder,

    /// <summary>Ages of 90 or more were set to 90, meaning "90 or older".</summary>
    CappedAge90OrOlder,

    /// <summary>ZIP codes were cut to their first three digits.</summary>
    TruncatedPostalCode,

    /// <summary>ZIP codes whose three-digit area has 20,000 people or fewer became 000.</summary>
    ReplacedRestrictedPostalCode,

    /// <summary>Postal codes that are not US ZIP codes were removed.</summary>
    RemovedUnrecognisedPostalCode,

    /// <summary>A column declared not identifying was kept unchanged; the count is its non-missing values.</summary>
    KeptAsDeclared,
}
