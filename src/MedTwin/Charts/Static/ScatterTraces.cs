using System.Globalization;
using System.Text.Json;
using OxyPlot;
using OxyPlot.Series;
using OxySeries = OxyPlot.Series.Series;

namespace MedTwin.Charts.Static;

/// <summary>
/// Scatter traces: lines (a gap where a value is missing or cannot be drawn), markers (such points left out), or both,
/// with the trace's dash, width and marker size. Points left out are counted in the notes.
/// </summary>
internal static class ScatterTraces
{
    private const double DefaultLineWidth = 2;
    private const double DefaultMarkerDiameter = 6;

    public static IEnumerable<OxySeries> Draw(JsonElement trace, TraceStyle style, FigureAxes axes, RenderNotes notes, OxyColor errorColor)
    {
        JsonElement? t = trace;
        var x = axes[t.Prop("xaxis").Text() ?? "x"];
        var y = axes[t.Prop("yaxis").Text() ?? "y"];
        var xs = t.Prop("x").Items();
        var ys = t.Prop("y").Items();
        var points = TracePairs.Read(xs, ys, x, y, style, notes)
            .Select(p => double.IsNaN(p.Value) ? DataPoint.Undefined : new DataPoint(p.Position, p.Value))
            .ToList();

        var mode = t.Prop("mode").Text() ?? (ys.Count < 20 ? "lines+markers" : "lines");
        var markerDiameter = t.Path("marker", "size").Number() ?? DefaultMarkerDiameter;
        if (!(markerDiameter is >= 0 and <= FigureExport.MaximumSize))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{style.Where}: marker.size must be a number in [0, {FigureExport.MaximumSize}]; found {markerDiameter}."));
        }

        var markerColor = t.Path("marker", "color").Text() is { } css ? PlotlyColor.WithOpacity(PlotlyColor.Parse(css, $"{style.Where} marker.color"), style.Opacity) : style.Drawn;
        XYAxisSeries series = mode.Contains("lines", StringComparison.Ordinal)
            ? Line(t, style, points, mode.Contains("markers", StringComparison.Ordinal), markerDiameter, markerColor)
            : (XYAxisSeries)Markers(style, points, markerDiameter, markerColor);
        series.XAxisKey = x.Id;
        series.YAxisKey = y.Id;
        yield return series;
        foreach (var errors in ErrorBars.Draw(t, style, points, x.Id, y.Id, errorColor))
        {
            yield return errors;
        }
    }

    private static LineSeries Line(JsonElement? t, TraceStyle style, List<DataPoint> points, bool markers, double markerDiameter, OxyColor markerColor)
    {
        var width = t.Path("line", "width").Number() ?? DefaultLineWidth;
        var line = new LineSeries
        {
            Title = style.Name,
            RenderInLegend = style.InLegend,
            Color = style.Drawn,
            StrokeThickness = width,
            Dashes = Dashes(t.Path("line", "dash").Text(), width),
            MarkerType = markers ? MarkerType.Circle : MarkerType.None,
            MarkerSize = markerDiameter / 2,
            MarkerFill = markerColor,
            // Every point of the figure is drawn; OxyPlot would otherwise merge points closer than two pixels.
            MinimumSegmentLength = 0,
        };
        line.Points.AddRange(points);
        return line;
    }

    private static ScatterSeries Markers(TraceStyle style, List<DataPoint> points, double markerDiameter, OxyColor markerColor)
    {
        var scatter = new ScatterSeries
        {
            Title = style.Name,
            RenderInLegend = style.InLegend,
            MarkerType = MarkerType.Circle,
            MarkerSize = markerDiameter / 2,
            MarkerFill = markerColor,
        };
        scatter.Points.AddRange(points.Where(p => p.IsDefined()).Select(p => new ScatterPoint(p.X, p.Y)));
        return scatter;
    }

    /// <summary>
    /// plotly.js's named dash patterns in pixels, scaled by the line width (at least 3) as plotly.js scales them; null
    /// (solid) for "solid" and anything else, a dash-length list included.
    /// </summary>
    public static double[]? Dashes(string? dash, double width)
    {
        var w = Math.Max(width, 3);
        return dash switch
        {
            "dot" => [w, w],
            "dash" => [3 * w, 3 * w],
            "longdash" => [5 * w, 5 * w],
            "dashdot" => [3 * w, w, w, w],
            "longdashdot" => [5 * w, 2 * w, w, 2 * w],
            _ => null,
        };
    }

    /// <summary>The OxyPlot line style nearest a plotly.js named dash, for shapes, whose dash patterns OxyPlot fixes.</summary>
    public static LineStyle Dash(string? dash) => dash switch
    {
        "dash" => LineStyle.Dash,
        "dot" => LineStyle.Dot,
        "dashdot" => LineStyle.DashDot,
        "longdash" => LineStyle.LongDash,
        "longdashdot" => LineStyle.LongDashDot,
        _ => LineStyle.Solid,
    };
}
