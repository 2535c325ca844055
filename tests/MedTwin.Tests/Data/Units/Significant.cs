using System.Globalization;

namespace MedTwin.Tests.Data.Units;

/// <summary>Rounds to significant digits the way a published table does (half away from zero, in decimal).</summary>
internal static class Significant
{
    public static decimal Round(double value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = digits - 1 - exponent;
        // The double → decimal conversion keeps 15 significant digits, so 38.665 rounds up as a reader expects.
        var exact = decimal.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return decimals >= 0
            ? Math.Round(exact, decimals, MidpointRounding.AwayFromZero)
            : Math.Round(exact / Pow10(-decimals), MidpointRounding.AwayFromZero) * Pow10(-decimals);
    }

    /// <summary>Asserts that <paramref name="actual"/> rounded to <paramref name="digits"/> significant digits is <paramref name="published"/>.</summary>
    public static void Agrees(decimal published, double actual, int digits) =>
        Assert.Equal(published, Round(actual, digits));

    private static decimal Pow10(int n) => Enumerable.Repeat(10m, n).Aggregate(1m, (a, b) => a * b);
}
