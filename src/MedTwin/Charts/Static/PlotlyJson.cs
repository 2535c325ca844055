using System.Globalization;
using System.Text.Json;

namespace MedTwin.Charts.Static;

/// <summary>Reading plotly figure JSON the way plotly.js does: missing properties are null, numbers may be written as strings.</summary>
internal static class PlotlyJson
{
    /// <summary>The property <paramref name="name"/> of an object, or null when absent, null or not an object.</summary>
    public static JsonElement? Prop(this JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The property at <paramref name="path"/>, or null.</summary>
    public static JsonElement? Path(this JsonElement? element, params string[] path)
    {
        foreach (var name in path)
        {
            element = element.Prop(name);
        }

        return element;
    }

    public static string? Text(this JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => DrawableText.Of(e.GetString()!),
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        _ => null,
    };

    public static double? Number(this JsonElement? element) => element is { } e && IsNumeric(e) ? ToDouble(e) : null;

    public static bool? Bool(this JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static IReadOnlyList<JsonElement> Items(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } e ? [.. e.EnumerateArray()] : [];

    /// <summary>
    /// A value as a number: JSON numbers, and the strings "NaN", "Infinity" and "-Infinity" that Plotly.NET's serializer
    /// writes for non-finite doubles; null (a gap in plotly.js) and anything else is NaN.
    /// </summary>
    public static double ToDouble(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String when double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        JsonValueKind.String => element.GetString() switch
        {
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => double.NaN,
        },
        _ => double.NaN,
    };

    /// <summary>Whether a value counts as a number, not a category name, when plotly.js guesses an axis type.</summary>
    public static bool IsNumeric(JsonElement element) =>
        element.ValueKind is JsonValueKind.Number or JsonValueKind.Null
        || (element.ValueKind == JsonValueKind.String && (element.GetString() is "NaN" or "Infinity" or "-Infinity"
            || double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
}
