using System.Globalization;

namespace MedTwin.Data.Units;

/// <summary>
/// A positive scale kept as a mantissa times an exact power of ten, so that metric prefixes cancel without rounding:
/// 1 g/dL is exactly 10 g/L, not 10.000000000000002.
/// </summary>
internal readonly record struct Magnitude(double Mantissa, int Decade)
{
    public static Magnitude One { get; } = new(1, 0);

    public static Magnitude Decades(int decade) => new(1, decade);

    public Magnitude Times(Magnitude other) => new(Mantissa * other.Mantissa, Decade + other.Decade);

    public Magnitude Over(Magnitude other) => new(Mantissa / other.Mantissa, Decade - other.Decade);

    public Magnitude Power(int exponent) => new(Math.Pow(Mantissa, exponent), Decade * exponent);

    /// <summary><paramref name="value"/> times ten to the <paramref name="decade"/>, rounded once.</summary>
    public static double ScaleByDecades(double value, int decade) =>
        decade >= 0 ? value * PowerOfTen(decade) : value / PowerOfTen(-decade);

    // Parsing "1e<n>" gives the correctly rounded power (exact up to 1e22), which Math.Pow does not promise.
    private static double PowerOfTen(int n) => double.Parse("1e" + n.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
