namespace MedTwin.Data.Deidentification;

/// <summary>How to de-identify. The seed is a secret: whoever has it and the original data can undo the date shifts.</summary>
public sealed record DeidentificationOptions
{
    /// <summary>The largest shift allowed by <see cref="MaxShiftDays"/>: 100 years.</summary>
    public const int MaxShiftDaysLimit = 36_525;

    /// <summary>
    /// The seed of the pseudonyms and date shifts. Keep it apart from the study's published seed: a reader who knows
    /// it could re-derive each patient's shift.
    /// </summary>
    public required int Seed { get; init; }

    /// <summary>Shift dates per patient (the default) or cut them to their year.</summary>
    public DateHandling Dates { get; init; } = DateHandling.ShiftPerPatient;

    /// <summary>The declared shift range: each patient's dates move by 1 to this many days, earlier or later (default 365).</summary>
    public int MaxShiftDays { get; init; } = 365;

    /// <summary>
    /// The date ages are computed at (usually when the data were extracted), required when a table has a
    /// <see cref="ColumnRole.BirthDate"/> column. A patient's age is taken at this date or at the patient's latest date
    /// in the tables, whichever is later, so no date in the output reveals an age of 90 or more.
    /// </summary>
    public DateTime? AgeReferenceDate { get; init; }
}
