using System.Globalization;
using System.Text.Json;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using OxySeries = OxyPlot.Series.Series;

namespace MedTwin.Charts.Static;

/// <summary>
/// Heat map traces: one rectangle per cell of <c>z</c> (rows along y, columns along x, at the x/y categories or evenly
/// spaced from the first to the last x/y value), coloured by the trace's <c>colorscale</c> (a plotly.js name or stops),
/// else the template's, else plotly.js's default (RdBu), with a colour bar on the right. Missing cells stay empty.
/// </summary>
internal static class HeatmapTraces
{
    public static IEnumerable<Axis> ColorAxis(PlotlyFigure figure, JsonElement trace, TraceStyle style)
    {
        JsonElement? t = trace;
        var cells = Cells(t, style).SelectMany(r => r).Where(double.IsFinite).ToArray();
        var (low, high) = ColorRange(t.Prop("zmin").Number() ?? (cells.Length > 0 ? cells.Min() : 0), t.Prop("zmax").Number() ?? (cells.Length > 0 ? cells.Max() : 1));
        var fallback = figure.TraceDefault("heatmap", "colorscale") ?? figure.Layout("colorscale", "sequential") ?? JsonDocument.Parse("\"RdBu\"").RootElement;
        yield return new LinearColorAxis
        {
            Key = ColorKey(style),
            Position = AxisPosition.Right,
            Palette = Colorscales.Palette(t.Prop("colorscale"), fallback, t.Prop("reversescale").Bool() == true, $"{style.Where} colorscale"),
            Minimum = low,
            Maximum = high,
            InvalidNumberColor = OxyColors.Undefined,
            IsAxisVisible = t.Prop("showscale").Bool() != false,
            MajorGridlineStyle = LineStyle.None,
            TickStyle = TickStyle.None,
            AxislineStyle = LineStyle.None,
        };
    }

    public static OxySeries Draw(JsonElement trace, TraceStyle style, FigureAxes axes, RenderNotes notes)
    {
        JsonElement? t = trace;
        var x = axes[t.Prop("xaxis").Text() ?? "x"];
        var y = axes[t.Prop("yaxis").Text() ?? "y"];
        var rows = Cells(t, style);
        var columns = rows.Count == 0 ? 0 : rows[0].Length;
        var data = new double[columns, rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                data[c, r] = rows[r][c];
                if (!double.IsFinite(rows[r][c]))
                {
                    notes.LeftOut(style.Index, style.Name, "not finite or missing");
                }
            }
        }

        var (x0, x1) = Span(t.Prop("x").Items(), x, columns, style, "x");
        var (y0, y1) = Span(t.Prop("y").Items(), y, rows.Count, style, "y");
        return new HeatMapSeries
        {
            Title = style.Name,
            RenderInLegend = false,
            Data = data,
            X0 = x0,
            X1 = x1,
            Y0 = y0,
            Y1 = y1,
            CoordinateDefinition = HeatMapCoordinateDefinition.Edge,
            RenderMethod = HeatMapRenderMethod.Rectangles,
            Interpolate = false,
            LabelFontSize = 0,
            ColorAxisKey = ColorKey(style),
            XAxisKey = x.Id,
            YAxisKey = y.Id,
        };
    }

    private static string ColorKey(TraceStyle style) => string.Create(CultureInfo.InvariantCulture, $"color-{style.Index}");

    private static List<double[]> Cells(JsonElement? t, TraceStyle style)
    {
        var rows = t.Prop("z").Items().Select(r => ((JsonElement?)r).Items().Select(PlotlyJson.ToDouble).ToArray()).ToList();
        var ragged = rows.FindIndex(r => r.Length != rows[0].Length);
        return ragged < 0
            ? rows
            : throw new ArgumentException($"{style.Where}: z row {ragged} has {rows[ragged].Length} values and row 0 has {rows[0].Length}; a heat map needs a rectangular z.");
    }

    private static (double First, double Last) Span(IReadOnlyList<JsonElement> values, FigureAxis axis, int count, TraceStyle style, string name)
    {
        if (values.Count == 0)
        {
            return Edges(0, Math.Max(0, count - 1), count);
        }

        if (values.Count != count)
        {
            throw new ArgumentException($"{style.Where}: {values.Count} {name} values for {count} {(name == "x" ? "columns" : "rows")} of z.");
        }

        return Edges(axis.Coordinate(values[0]), axis.Coordinate(values[^1]), count);
    }

    // x and y give the cells' centres; the first and last cell reach half a step beyond them, a lone cell half a unit.
    private static (double First, double Last) Edges(double first, double last, int count)
    {
        var half = count > 1 ? (last - first) / (count - 1) / 2 : 0.5;
        return (first - half, last + half);
    }

    // As plotly.js does: a colour scale over a single value spans a unit around it, so every cell gets the middle colour.
    private static (double Low, double High) ColorRange(double low, double high) => low == high ? (low - 0.5, high + 0.5) : (low, high);
}
