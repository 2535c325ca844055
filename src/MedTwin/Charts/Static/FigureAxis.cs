using System.Globalization;
using System.Text.Json;
using OxyPlot.Axes;

namespace MedTwin.Charts.Static;

/// <summary>One plotly axis ("x", "y2", ...) as drawn: its type, its categories and the OxyPlot axis keyed by its id.</summary>
internal sealed class FigureAxis(string id, AxisType type, IReadOnlyList<string> categories, Axis axis)
{
    private readonly Dictionary<string, int> categoryIndex = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);

    /// <summary>The plotly id, e.g. "x" or "y2"; also the OxyPlot axis key.</summary>
    public string Id { get; } = id;

    public AxisType Type { get; } = type;

    public Axis Axis { get; } = axis;

    /// <summary>A data value as an axis coordinate: a category's index, or the number; NaN when there is none.</summary>
    public double Coordinate(JsonElement value)
    {
        if (Type != AxisType.Category)
        {
            return PlotlyJson.ToDouble(value);
        }

        var text = value.ValueKind == JsonValueKind.Number ? value.GetDouble().ToString(CultureInfo.InvariantCulture) : value.GetString() is { } name ? DrawableText.Of(name) : null;
        return text is not null && categoryIndex.TryGetValue(text, out var index) ? index : double.NaN;
    }

    /// <summary>Why a coordinate cannot be drawn on this axis, or null when it can.</summary>
    public string? Refusal(double coordinate) =>
        !double.IsFinite(coordinate) ? "not finite or missing"
        : Type == AxisType.Log && coordinate <= 0 ? "not positive on a log axis"
        : null;
}

/// <summary>How an axis maps values, as plotly.js's axis <c>type</c>.</summary>
internal enum AxisType
{
    Linear,
    Log,
    Category,
}
