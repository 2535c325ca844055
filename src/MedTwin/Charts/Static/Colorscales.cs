using System.Text.Json;
using OxyPlot;

namespace MedTwin.Charts.Static;

/// <summary>Heat map colour scales: plotly.js's named scales, or a scale given as [[fraction, colour], ...].</summary>
internal static class Colorscales
{
    private const int PaletteSize = 256;

    // The stops of plotly.js's named scales (src/components/colorscale/scales.js).
    private static readonly Dictionary<string, (double At, string Color)[]> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Greys"] = [(0, "rgb(0,0,0)"), (1, "rgb(255,255,255)")],
        ["Blues"] = [(0, "rgb(5,10,172)"), (0.35, "rgb(40,60,190)"), (0.5, "rgb(70,100,245)"), (0.6, "rgb(90,120,245)"), (0.7, "rgb(106,137,247)"), (1, "rgb(220,220,220)")],
        ["Reds"] = [(0, "rgb(220,220,220)"), (0.2, "rgb(245,195,157)"), (0.4, "rgb(245,160,105)"), (1, "rgb(178,10,28)")],
        ["RdBu"] = [(0, "rgb(5,10,172)"), (0.35, "rgb(106,137,247)"), (0.5, "rgb(190,190,190)"), (0.6, "rgb(220,170,132)"), (0.7, "rgb(230,145,90)"), (1, "rgb(178,10,28)")],
        ["Bluered"] = [(0, "rgb(0,0,255)"), (1, "rgb(255,0,0)")],
        ["Greens"] = [(0, "rgb(0,68,27)"), (0.125, "rgb(0,109,44)"), (0.25, "rgb(35,139,69)"), (0.375, "rgb(65,171,93)"), (0.5, "rgb(116,196,118)"), (0.625, "rgb(161,217,155)"), (0.75, "rgb(199,233,192)"), (0.875, "rgb(229,245,224)"), (1, "rgb(247,252,245)")],
    };

    /// <summary>
    /// The palette of <paramref name="scale"/> (a name or an array of stops), else of <paramref name="fallback"/> (the
    /// template's); <paramref name="where"/> names the property in errors.
    /// </summary>
    /// <exception cref="ArgumentException">The scale is neither a known name nor an array of stops.</exception>
    public static OxyPalette Palette(JsonElement? scale, JsonElement? fallback, bool reversed, string where)
    {
        var stops = Stops(scale ?? fallback, where);
        if (reversed)
        {
            stops = [.. stops.Reverse().Select(s => (1 - s.At, s.Color))];
        }

        var colors = new OxyColor[PaletteSize];
        for (var i = 0; i < PaletteSize; i++)
        {
            var at = i / (double)(PaletteSize - 1);
            var upper = Math.Max(1, Array.FindIndex(stops, s => s.At >= at));
            var (a, b) = (stops[upper - 1], stops[upper]);
            var t = b.At > a.At ? (at - a.At) / (b.At - a.At) : 0;
            colors[i] = OxyColor.Interpolate(a.Color, b.Color, Math.Clamp(t, 0, 1));
        }

        return new OxyPalette(colors);
    }

    private static (double At, OxyColor Color)[] Stops(JsonElement? scale, string where)
    {
        if (scale.Text() is { } name)
        {
            return Named.TryGetValue(name, out var named)
                ? [.. named.Select(s => (s.At, PlotlyColor.Parse(s.Color, where)))]
                : throw new ArgumentException($"{where}: unknown colour scale '{name}'; known: {string.Join(", ", Named.Keys)}, or an array of [fraction, colour] stops.");
        }

        var stops = scale.Items()
            .Select(s => ((JsonElement?)s).Items() is [var at, var color] && ((JsonElement?)at).Number() is { } fraction && ((JsonElement?)color).Text() is { } css
                ? (fraction, PlotlyColor.Parse(css, where))
                : throw new ArgumentException($"{where}: a colour scale stop must be [fraction, colour]; found {s.GetRawText()}."))
            .ToArray();
        return stops.Length >= 2 ? stops : throw new ArgumentException($"{where}: a colour scale needs at least two stops.");
    }
}
