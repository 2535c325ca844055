using System.Globalization;

namespace MedTwin.Data.Preparation;

/// <summary>Culture-invariant text for values in reports and messages.</summary>
internal static class ValueText
{
    /// <summary>The value exactly (numbers round-trip), or <c>null</c> for a missing value.</summary>
    public static string? Of(object? value) => value switch
    {
        null => null,
        double d => Number(d),
        float f => Number(f),
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The shortest text that reads back as the same double; infinities spelt out.</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>Six significant digits, for tables people read.</summary>
    public static string Short(double? value) => value is null ? "-" : value.Value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>The value for a message: quoted text, plain numbers, or the word <c>missing</c>.</summary>
    public static string Quoted(object? value) => value switch
    {
        null => "missing",
        string s => $"\"{s}\"",
        _ => Of(value)!,
    };
}
