using System.Globalization;
using System.Text.Json;
using OxyPlot;
using OxyPlot.Annotations;

namespace MedTwin.Charts.Static;

/// <summary>
/// Layout annotations: text at data or "paper" coordinates, anchored by <c>xanchor</c>/<c>yanchor</c>, in its font size
/// and colour, turned by <c>textangle</c>. With <c>showarrow</c> (plotly.js's default) the text sits where plotly.js puts
/// it, offset by <c>ax</c>/<c>ay</c>; the arrow itself is not drawn.
/// </summary>
internal static class LayoutAnnotations
{
    public static IEnumerable<Annotation> Draw(PlotlyFigure figure, FigureAxes axes, RenderNotes notes, double fontSize, OxyColor fontColor)
    {
        var annotations = figure.Layout("annotations").Items();
        for (var i = 0; i < annotations.Count; i++)
        {
            JsonElement? a = annotations[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"layout.annotations[{i}]");
            var xKey = FigureAxes.KeyOf(a.Prop("xref").Text() ?? "x", horizontal: true);
            var yKey = FigureAxes.KeyOf(a.Prop("yref").Text() ?? "y", horizontal: false);
            var x = LayoutShapes.Coordinate(axes, xKey, a.Prop("x"));
            var y = LayoutShapes.Coordinate(axes, yKey, a.Prop("y"));
            var text = a.Prop("text").Text() ?? string.Empty;
            if (!double.IsFinite(x) || !double.IsFinite(y))
            {
                notes.Add($"{where} '{text}': its position is missing or not finite; not drawn");
                continue;
            }

            var arrow = a.Prop("showarrow").Bool() != false;
            yield return new PaperTextAnnotation
            {
                Text = text,
                TextPosition = new DataPoint(x, y),
                Offset = arrow
                    ? new ScreenVector(DrawingNumbers.Finite(a.Prop("ax"), $"{where}.ax") ?? -10, DrawingNumbers.Finite(a.Prop("ay"), $"{where}.ay") ?? -30)
                    : new ScreenVector(0, 0),
                TextHorizontalAlignment = a.Prop("xanchor").Text() switch
                {
                    "left" => HorizontalAlignment.Left,
                    "right" => HorizontalAlignment.Right,
                    _ => HorizontalAlignment.Center,
                },
                TextVerticalAlignment = a.Prop("yanchor").Text() switch
                {
                    "top" => VerticalAlignment.Top,
                    "bottom" => VerticalAlignment.Bottom,
                    _ => VerticalAlignment.Middle,
                },
                TextRotation = DrawingNumbers.Finite(a.Prop("textangle"), $"{where}.textangle") ?? 0,
                FontSize = DrawingNumbers.FontSize(a.Path("font", "size"), $"{where}.font.size") ?? fontSize,
                TextColor = a.Path("font", "color").Text() is { } css ? PlotlyColor.Parse(css, $"{where}.font.color") : fontColor,
                Stroke = OxyColors.Undefined,
                StrokeThickness = 0,
                Background = OxyColors.Undefined,
                Padding = new OxyThickness(2),
                XAxisKey = xKey,
                YAxisKey = yKey,
            };
        }
    }
}
