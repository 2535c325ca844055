namespace MedTwin.Data.Deidentification;

/// <summary>What is shared by the tables de-identified together: the options, pseudonyms, date shifts and age reference dates.</summary>
internal sealed class DeidentificationContext(
    DeidentificationOptions options,
    PatientPseudonyms pseudonyms,
    DateShifts shifts,
    IReadOnlyDictionary<string, DateTime> latestDates)
{
    public DeidentificationOptions Options => options;

    public PatientPseudonyms Pseudonyms => pseudonyms;

    public DateShifts Shifts => shifts;

    /// <summary>The date a patient's age is taken at: the reference date or the patient's latest date, whichever is later.</summary>
    public DateTime AgeReference(string? patientKey)
    {
        var reference = options.AgeReferenceDate ?? DateTime.MinValue;
        return patientKey is not null && latestDates.TryGetValue(patientKey, out var latest) && latest > reference ? latest : reference;
    }
}
