using System.Globalization;
using System.Text.Json;
using OxyPlot;
using OxyPlot.Legends;
using OxyPlot.Series;
using OxySeries = OxyPlot.Series.Series;

namespace MedTwin.Charts.Static;

/// <summary>
/// Builds the OxyPlot model of a plotly figure: template colours and fonts, axes, traces in order, shapes, annotations,
/// the legend plotly.js would show (more than one trace, or <c>showlegend</c>) and the notes of what was not drawn.
/// </summary>
internal static class PlotModelFactory
{
    /// <summary>The font stack of the SVG; text is measured with Helvetica's metrics whatever a viewer substitutes.</summary>
    private const string Font = "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif";

    /// <summary>The drawing of <paramref name="figure"/> at <paramref name="width"/> pixels (or points) wide.</summary>
    public static PlotModel Create(PlotlyFigure figure, double width, double fontSize)
    {
        var fontColor = Color(figure, "#444", "font", "color");
        var model = new PlotModel
        {
            Culture = CultureInfo.InvariantCulture,
            DefaultFont = Font,
            DefaultFontSize = fontSize,
            TextColor = fontColor,
            Background = Color(figure, "white", "paper_bgcolor"),
            PlotAreaBackground = Color(figure, "white", "plot_bgcolor"),
            PlotAreaBorderThickness = new OxyThickness(0),
            Title = figure.Layout("title", "text").Text() ?? figure.Layout("title").Text(),
            TitleFontSize = DrawingNumbers.FontSize(figure.Layout("title", "font", "size"), "layout.title.font.size") ?? fontSize * 1.4,
            TitleFontWeight = FontWeights.Normal,
            TitleHorizontalAlignment = TitleHorizontalAlignment.CenteredWithinView,
            SubtitleFontSize = fontSize * 0.9,
        };
        var notes = new RenderNotes();
        var axes = FigureAxes.Create(figure, model, width, fontSize);
        var legendShown = figure.Layout("showlegend").Bool() ?? figure.Traces.Count > 1;
        var styles = figure.Traces.Select((t, i) => TraceStyle.Of(figure, t, i, legendShown)).ToList();
        var bars = new BarTraces(figure, [.. figure.Traces.Zip(styles).Where(p => p.Second.Type is "bar" or "histogram")], axes, notes);
        foreach (var (trace, style) in figure.Traces.Zip(styles))
        {
            var errorColor = figure.TraceDefault(style.Type, "error_x", "color").Text() is { } css ? PlotlyColor.Parse(css, $"template {style.Type} error_x.color") : fontColor;
            foreach (var series in Draw(figure, trace, style, axes, bars, notes, errorColor, model))
            {
                model.Series.Add(series);
            }
        }

        if (!model.Series.Any(HasData))
        {
            notes.Add("no data to draw");
        }

        var shapes = LayoutShapes.Draw(figure, axes, notes).ToList();
        foreach (var extent in LayoutShapes.Extents(shapes))
        {
            model.Series.Add(extent);
        }

        foreach (var annotation in shapes.Concat(LayoutAnnotations.Draw(figure, axes, notes, fontSize, fontColor)))
        {
            model.Annotations.Add(annotation);
        }

        if (styles.Any(s => s.InLegend))
        {
            model.Legends.Add(new Legend
            {
                LegendPlacement = LegendPlacement.Outside,
                LegendPosition = LegendBeside(styles, width, fontSize) ? LegendPosition.RightTop : LegendPosition.BottomLeft,
                LegendOrientation = LegendOrientation.Vertical,
                // plotly.js lists stacked bars top-down, in the order they are stacked on the page.
                LegendItemOrder = StackedBars(figure, styles) ? LegendItemOrder.Reverse : LegendItemOrder.Normal,
                LegendFontSize = fontSize,
                LegendTextColor = fontColor,
                LegendBackground = OxyColors.Undefined,
                LegendBorderThickness = 0,
            });
        }

        model.Subtitle = notes.Text();
        model.SubtitleColor = PlotlyColor.Parse("firebrick", "note colour");
        return model;
    }

    private static bool StackedBars(PlotlyFigure figure, IReadOnlyList<TraceStyle> styles) =>
        figure.Layout("barmode").Text() is "stack" or "relative" && styles.Any(s => s.Type is "bar" or "histogram");

    // A legend of long names beside the plot would squeeze the plot to a sliver; below it, the plot keeps the width.
    private static bool LegendBeside(IReadOnlyList<TraceStyle> styles, double width, double fontSize)
    {
        var longest = styles.Where(s => s.InLegend).Max(s => s.Name.Length);
        const double AverageGlyphWidth = 0.55;
        return longest * fontSize * AverageGlyphWidth < width * 0.3;
    }

    private static IEnumerable<OxySeries> Draw(PlotlyFigure figure, JsonElement trace, TraceStyle style, FigureAxes axes, BarTraces bars, RenderNotes notes, OxyColor errorColor, PlotModel model)
    {
        switch (style.Type)
        {
            case "scatter" or "scattergl":
                return ScatterTraces.Draw(trace, style, axes, notes, errorColor);
            case "bar" or "histogram":
                return bars.Draw(trace, style, errorColor);
            case "heatmap":
                foreach (var colorAxis in HeatmapTraces.ColorAxis(figure, trace, style))
                {
                    model.Axes.Add(colorAxis);
                }

                return [HeatmapTraces.Draw(trace, style, axes, notes)];
            default:
                notes.Add($"{style.Where}: trace type '{style.Type}' is not drawn in the static rendering");
                return [];
        }
    }

    private static bool HasData(OxySeries series) => series switch
    {
        LineSeries line => line.Points.Any(p => p.IsDefined()),
        ScatterSeries scatter => scatter.Points.Count > 0,
        RectangleBarSeries bars => bars.Items.Count > 0,
        HeatMapSeries heatmap => heatmap.Data.Length > 0,
        _ => false,
    };

    private static OxyColor Color(PlotlyFigure figure, string fallback, params string[] path) =>
        PlotlyColor.Parse(figure.Layout(path).Text() ?? fallback, "layout." + string.Join('.', path));
}
