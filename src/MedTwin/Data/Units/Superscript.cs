namespace MedTwin.Data.Units;

/// <summary>Writes an exponent as superscript digits: 2 → "²", -1 → "⁻¹".</summary>
internal static class Superscript
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Of(int exponent) =>
        string.Concat(exponent.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => c == '-' ? '⁻' : Digits[c - '0']));
}
