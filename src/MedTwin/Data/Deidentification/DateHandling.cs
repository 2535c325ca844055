namespace MedTwin.Data.Deidentification;

/// <summary>How dates are de-identified.</summary>
public enum DateHandling
{
    /// <summary>
    /// Every date of a patient moves by the same whole number of days, drawn from the seed for that patient, so
    /// intervals between a patient's dates (in every table) are kept. The shift is between 1 and
    /// <see cref="DeidentificationOptions.MaxShiftDays"/> days, earlier or later.
    /// </summary>
    ShiftPerPatient,

    /// <summary>Every date becomes its year (an integer column), as Safe Harbor allows.</summary>
    GeneraliseToYear,
}
