namespace MedTwin.Tests.Data.TimeSeries;

/// <summary>Times for hand-computed examples: minutes (and seconds) after 2024-03-01T08:00Z.</summary>
internal static class VitalTimes
{
    public static readonly DateTime Start = new(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    public static DateTime At(int minutes, int seconds = 0) => Start.AddMinutes(minutes).AddSeconds(seconds);
}
