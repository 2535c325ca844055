using System.Globalization;
using System.Text.Json;

namespace MedTwin.Charts.Static;

/// <summary>Numbers of a figure that size or turn what is drawn: refused with their place when a drawing could not use them.</summary>
internal static class DrawingNumbers
{
    private const double LargestFontSize = 200;

    /// <summary>A font size in (0, 200], or null when the figure gives none.</summary>
    /// <exception cref="ArgumentException">The size is not such a number; the message names <paramref name="where"/>.</exception>
    public static double? FontSize(JsonElement? element, string where) => element.Number() switch
    {
        null when element is null => null,
        { } size when size is > 0 and <= LargestFontSize => size,
        _ => throw new ArgumentException($"{where} must be a font size in (0, {LargestFontSize.ToString(CultureInfo.InvariantCulture)}]; found {Shown(element)}."),
    };

    /// <summary>A finite number (an angle, an offset), or null when the figure gives none.</summary>
    /// <exception cref="ArgumentException">The value is not a finite number; the message names <paramref name="where"/>.</exception>
    public static double? Finite(JsonElement? element, string where) => element.Number() switch
    {
        null when element is null => null,
        { } value when double.IsFinite(value) => value,
        _ => throw new ArgumentException($"{where} must be a finite number; found {Shown(element)}."),
    };

    private static string Shown(JsonElement? element) => element?.GetRawText() ?? "nothing";
}
