using System.Globalization;
using System.Text;

namespace MedTwin.Data.Deidentification;

/// <summary>
/// What de-identification did, column by column and rule by rule, with the settings used. It holds no patient's
/// shift, pseudonym or original value, so it can be published with the data.
/// </summary>
public sealed class DeidentificationReport
{
    internal DeidentificationReport(DeidentificationOptions options, IReadOnlyList<DeidentificationChange> changes)
    {
        Dates = options.Dates;
        MaxShiftDays = options.MaxShiftDays;
        AgeReferenceDate = options.AgeReferenceDate;
        Changes = changes;
    }

    /// <summary>How dates were handled.</summary>
    public DateHandling Dates { get; }

    /// <summary>The declared shift range in days (each patient's shift is 1 to this many days, earlier or later).</summary>
    public int MaxShiftDays { get; }

    /// <summary>The date ages were computed at, if one was given.</summary>
    public DateTime? AgeReferenceDate { get; }

    /// <summary>Every column's rules with their counts, in table order, then column order.</summary>
    public IReadOnlyList<DeidentificationChange> Changes { get; }

    /// <summary>The total count of one rule over every table and column.</summary>
    public int Count(DeidentificationRule rule) => Changes.Where(c => c.Rule == rule).Sum(c => c.Count);

    /// <summary>The settings, then one line per change.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("HIPAA Safe Harbor de-identification (45 CFR 164.514(b)(2)); dates: ");
        text.Append(Dates == DateHandling.ShiftPerPatient
            ? string.Create(CultureInfo.InvariantCulture, $"shifted per patient by 1 to {MaxShiftDays} days, earlier or later")
            : "generalised to the year");
        if (AgeReferenceDate is { } reference)
        {
            text.Append("; ages at ").Append(reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" or the patient's latest date");
        }

        foreach (var change in Changes)
        {
            text.Append('\n').Append(change);
        }

        return text.ToString();
    }
}
