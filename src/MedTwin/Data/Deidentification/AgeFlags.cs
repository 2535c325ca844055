namespace MedTwin.Data.Deidentification;

/// <summary>Ages in completed years, and the flag column that keeps the "90 or older" category of a removed birth date.</summary>
internal static class AgeFlags
{
    public const int Cap = 90;

    /// <summary>The flag column added after a birth-date column: true when the patient is 90 or older.</summary>
    public static string ColumnName(string birthDateColumn) => birthDateColumn + "_90_or_older";

    public static int CompletedYears(DateTime birth, DateTime at)
    {
        var years = at.Year - birth.Year;
        return at.Month < birth.Month || (at.Month == birth.Month && at.Day < birth.Day) ? years - 1 : years;
    }
}
