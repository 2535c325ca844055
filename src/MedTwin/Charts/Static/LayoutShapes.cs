using System.Globalization;
using System.Text.Json;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Series;

namespace MedTwin.Charts.Static;

/// <summary>
/// Layout shapes of type "line" and "rect", in data or "paper" coordinates, with their dash, colour, width, fill and
/// <c>layer</c>; other shape types are named in the notes. As in plotly.js, a shape widens the autorange of the data
/// axes it is placed on.
/// </summary>
internal static class LayoutShapes
{
    public static IEnumerable<Annotation> Draw(PlotlyFigure figure, FigureAxes axes, RenderNotes notes)
    {
        var shapes = figure.Layout("shapes").Items();
        for (var i = 0; i < shapes.Count; i++)
        {
            JsonElement? s = shapes[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"layout.shapes[{i}]");
            var type = s.Prop("type").Text() ?? "rect";
            var xKey = FigureAxes.KeyOf(s.Prop("xref").Text() ?? "x", horizontal: true);
            var yKey = FigureAxes.KeyOf(s.Prop("yref").Text() ?? "y", horizontal: false);
            var (x0, x1) = (Coordinate(axes, xKey, s.Prop("x0")), Coordinate(axes, xKey, s.Prop("x1")));
            var (y0, y1) = (Coordinate(axes, yKey, s.Prop("y0")), Coordinate(axes, yKey, s.Prop("y1")));
            if (type is not ("line" or "rect"))
            {
                notes.Add($"{where}: shape type '{type}' not drawn");
                continue;
            }

            if (!new[] { x0, x1, y0, y1 }.All(double.IsFinite))
            {
                notes.Add($"{where}: a corner is missing or not finite; not drawn");
                continue;
            }

            var width = s.Path("line", "width").Number() ?? 2;
            var stroke = PlotlyColor.Parse(s.Path("line", "color").Text() ?? "#444", $"{where}.line.color");
            var layer = s.Prop("layer").Text() == "below" ? AnnotationLayer.BelowSeries : AnnotationLayer.AboveSeries;
            var opacity = s.Prop("opacity").Number() ?? 1;
            Annotation annotation = type == "line"
                ? new PolylineAnnotation
                {
                    Color = PlotlyColor.WithOpacity(stroke, opacity),
                    StrokeThickness = width,
                    LineStyle = ScatterTraces.Dash(s.Path("line", "dash").Text()),
                }
                : new RectangleAnnotation
                {
                    MinimumX = Math.Min(x0, x1),
                    MaximumX = Math.Max(x0, x1),
                    MinimumY = Math.Min(y0, y1),
                    MaximumY = Math.Max(y0, y1),
                    Fill = PlotlyColor.WithOpacity(PlotlyColor.Parse(s.Prop("fillcolor").Text() ?? "transparent", $"{where}.fillcolor"), opacity),
                    Stroke = width > 0 ? PlotlyColor.WithOpacity(stroke, opacity) : OxyColors.Undefined,
                    StrokeThickness = width,
                };
            if (annotation is PolylineAnnotation line)
            {
                line.Points.Add(new DataPoint(x0, y0));
                line.Points.Add(new DataPoint(x1, y1));
            }

            annotation.XAxisKey = xKey;
            annotation.YAxisKey = yKey;
            annotation.Layer = layer;
            yield return annotation;
        }
    }

    /// <summary>Invisible points at the shapes' corners, so the axes' autorange takes the shapes in.</summary>
    public static IEnumerable<ScatterSeries> Extents(IEnumerable<Annotation> shapes)
    {
        foreach (var shape in shapes)
        {
            var extent = new ScatterSeries { MarkerType = MarkerType.None, RenderInLegend = false, XAxisKey = shape.XAxisKey, YAxisKey = shape.YAxisKey };
            IReadOnlyList<DataPoint> corners = shape switch
            {
                PolylineAnnotation line => line.Points,
                RectangleAnnotation rectangle => [new(rectangle.MinimumX, rectangle.MinimumY), new(rectangle.MaximumX, rectangle.MaximumY)],
                _ => [],
            };
            extent.Points.AddRange(corners.Select(c => new ScatterPoint(c.X, c.Y)));
            yield return extent;
        }
    }

    /// <summary>A position on the axis <paramref name="key"/> (a paper fraction on the paper axes).</summary>
    public static double Coordinate(FigureAxes axes, string key, JsonElement? value) =>
        value is not { } v ? double.NaN
        : key is FigureAxes.PaperX or FigureAxes.PaperY ? PlotlyJson.ToDouble(v)
        : axes[key].Coordinate(v);
}
