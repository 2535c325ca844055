namespace MedTwin.Data.Deidentification;

/// <summary>
/// Each patient's date shift: 1 to <c>maxDays</c> whole days, earlier or later, drawn from a stream named after the
/// patient's key under the seed, so a patient's shift is the same in every table and in every run with the seed.
/// </summary>
internal sealed class DateShifts(int seed, int maxDays)
{
    private readonly Dictionary<string, int> days = new(StringComparer.Ordinal);

    public int DaysFor(string patientKey)
    {
        if (!days.TryGetValue(patientKey, out var shift))
        {
            var stream = SeededStream.Create(seed, "deidentification/date-shift/" + patientKey);
            var magnitude = stream.Next(1, maxDays + 1);
            shift = stream.Next(2) == 0 ? -magnitude : magnitude;
            days[patientKey] = shift;
        }

        return shift;
    }
}
