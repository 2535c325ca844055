using System.Globalization;

namespace MedTwin.Data.TimeSeries;

/// <summary>UTC times and durations as culture-invariant text for messages and reports.</summary>
internal static class UtcText
{
    public static string Format(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string Format(TimeSpan span) => span.ToString("c", CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
