namespace MedTwin.Tests.Charts;

/// <summary>Runs code with another local time zone: on Linux .NET reads <c>TZ</c> when its time zone cache is cleared.</summary>
internal static class TimeZones
{
    private static readonly Lock Gate = new();

    public static T InZone<T>(string zone, Func<T> run)
    {
        lock (Gate)
        {
            var before = Environment.GetEnvironmentVariable("TZ");
            try
            {
                Environment.SetEnvironmentVariable("TZ", zone);
                TimeZoneInfo.ClearCachedData();
                Assert.Equal(zone, TimeZoneInfo.Local.Id);
                return run();
            }
            finally
            {
                Environment.SetEnvironmentVariable("TZ", before);
                TimeZoneInfo.ClearCachedData();
            }
        }
    }
}
