using System.Globalization;

namespace MedTwin.Data.Quality;

/// <summary>Shares as percentages with one decimal, culture-invariant ("34.9%").</summary>
internal static class Percent
{
    public static string Format(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static double Of(int count, int total) => total == 0 ? 0 : (double)count / total;
}
