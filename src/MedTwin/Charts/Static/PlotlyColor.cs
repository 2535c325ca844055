using System.Globalization;
using System.Reflection;
using OxyPlot;

namespace MedTwin.Charts.Static;

/// <summary>CSS colours as plotly.js accepts them: #rgb, #rrggbb, rgb(), rgba(), names and "transparent".</summary>
internal static class PlotlyColor
{
    /// <summary>plotly.js's own colorway, used when neither the layout nor its template names one.</summary>
    public static readonly string[] DefaultColorway =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    private static readonly Dictionary<string, OxyColor> Named = typeof(OxyColors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(OxyColor))
        .ToDictionary(f => f.Name.ToLowerInvariant(), f => (OxyColor)f.GetValue(null)!, StringComparer.Ordinal);

    /// <summary>Parses <paramref name="text"/>; <paramref name="where"/> names the property in the error.</summary>
    /// <exception cref="ArgumentException">The text is not a colour.</exception>
    public static OxyColor Parse(string text, string where)
    {
        var css = text.Trim().ToLowerInvariant();
        if (css.StartsWith('#') && TryHex(css[1..], out var hex))
        {
            return hex;
        }

        if ((css.StartsWith("rgb(", StringComparison.Ordinal) || css.StartsWith("rgba(", StringComparison.Ordinal)) && css.EndsWith(')') && TryRgb(css, out var rgb))
        {
            return rgb;
        }

        if (css == "transparent")
        {
            return OxyColors.Transparent;
        }

        return Named.TryGetValue(css.Replace("grey", "gray", StringComparison.Ordinal), out var named)
            ? named
            : throw new ArgumentException($"{where}: '{text}' is not a colour (expected #rrggbb, rgb(), rgba() or a CSS colour name).");
    }

    /// <summary><paramref name="color"/> with its alpha multiplied by <paramref name="opacity"/>.</summary>
    public static OxyColor WithOpacity(OxyColor color, double opacity) =>
        OxyColor.FromAColor((byte)Math.Round(color.A * Math.Clamp(opacity, 0, 1)), color);

    private static bool TryHex(string digits, out OxyColor color)
    {
        color = OxyColors.Undefined;
        if (digits.Length == 3)
        {
            digits = string.Concat(digits.Select(c => new string(c, 2)));
        }

        if (digits.Length is not (6 or 8) || !uint.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        color = digits.Length == 6
            ? OxyColor.FromRgb((byte)(value >> 16), (byte)(value >> 8), (byte)value)
            : OxyColor.FromArgb((byte)value, (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8));
        return true;
    }

    private static bool TryRgb(string css, out OxyColor color)
    {
        color = OxyColors.Undefined;
        var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..^1].Split(',');
        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        if (numbers.Length is not (3 or 4))
        {
            return false;
        }

        static byte Channel(double v) => (byte)Math.Round(Math.Clamp(v, 0, 255));
        var alpha = numbers.Length == 4 ? Channel(numbers[3] * 255) : (byte)255;
        color = OxyColor.FromArgb(alpha, Channel(numbers[0]), Channel(numbers[1]), Channel(numbers[2]));
        return true;
    }
}
