namespace MedTwin.Data.Deidentification;

/// <summary>What a column holds, which decides what Safe Harbor de-identification does to it. Every column needs one.</summary>
public enum ColumnRole
{
    /// <summary>The patient's identifier: replaced by a seeded pseudonym (<c>patient-001</c>…), the same in every table; keys the date shift.</summary>
    PatientKey,

    /// <summary>A direct identifier (name, street address, phone, e-mail, record or device number, URL, IP…): the column is removed.</summary>
    Identifier,

    /// <summary>A date-time about the patient (an observation, admission…): shifted by the patient's offset, or cut to its year.</summary>
    Date,

    /// <summary>The birth date: handled as <see cref="Date"/>, and removed for patients aged 90 or older.</summary>
    BirthDate,

    /// <summary>An age in years (numeric): ages of 90 and over become 90, meaning "90 or older".</summary>
    Age,

    /// <summary>A postal code (text): a US ZIP code is cut to its first three digits, 000 for sparsely populated areas; anything else is removed.</summary>
    PostalCode,

    /// <summary>Declared not identifying (a measurement, a code, a state): passed through unchanged.</summary>
    Keep,
}
