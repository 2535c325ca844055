using System.Globalization;
using System.Text.Json;
using OxyPlot;
using OxyPlot.Series;
using OxySeries = OxyPlot.Series.Series;

namespace MedTwin.Charts.Static;

/// <summary>
/// Bar and histogram traces drawn as rectangles, laid out as plotly.js lays them out: vertical, or horizontal with
/// <c>orientation: "h"</c>; <c>barmode</c> "group" (the default: side by side), "overlay" (on top of each other),
/// "stack" or "relative" (stacked, negative values downward); <c>bargap</c> between positions (0.2, or 0 when every
/// trace is a histogram). A histogram counts its values in its <c>xbins</c>, else in <see cref="HistogramBins.For"/>
/// over every histogram of the figure, and honours <c>histnorm</c> "percent" and "probability".
/// </summary>
internal sealed class BarTraces
{
    private readonly Dictionary<int, Bars> bars = [];

    public BarTraces(PlotlyFigure figure, IReadOnlyList<(JsonElement Trace, TraceStyle Style)> traces, FigureAxes axes, RenderNotes notes)
    {
        var histograms = traces.Where(t => t.Style.Type == "histogram").ToList();
        var pooledBins = HistogramBins.For(histograms.SelectMany(h => ((JsonElement?)h.Trace).Prop("x").Items().Select(PlotlyJson.ToDouble)));
        var mode = figure.Layout("barmode").Text() ?? "group";
        var gap = figure.Layout("bargap").Number() ?? (histograms.Count == traces.Count ? 0 : 0.2);
        var measured = traces.Select(t => t.Style.Type == "histogram" ? Histogram(t.Trace, t.Style, axes, notes, pooledBins) : Bar(t.Trace, t.Style, axes, notes)).ToList();
        var stacks = new Dictionary<(string, bool, double, bool), double>();
        for (var j = 0; j < measured.Count; j++)
        {
            var m = measured[j];
            var slot = m.Width * (1 - gap);
            var (offset, width) = mode == "group" ? ((-slot / 2) + (j * slot / measured.Count), slot / measured.Count) : (-slot / 2, slot);
            var drawn = new Bars(m.Horizontal, m.XKey, m.YKey, [], []);
            foreach (var (position, value) in m.Values)
            {
                var start = 0.0;
                if (mode is "stack" or "relative" && double.IsFinite(value))
                {
                    var key = (m.Horizontal ? m.YKey : m.XKey, m.Horizontal, position, value < 0 && mode == "relative");
                    stacks.TryGetValue(key, out start);
                    stacks[key] = start + value;
                }

                var (low, high) = (position + offset, position + offset + width);
                var valid = double.IsFinite(value);
                drawn.Rectangles.Add(valid
                    ? (m.Horizontal ? new RectangleBarItem(start, low, start + value, high) : new RectangleBarItem(low, start, high, start + value))
                    : null);
                drawn.Tips.Add(!valid ? DataPoint.Undefined : m.Horizontal ? new DataPoint(start + value, (low + high) / 2) : new DataPoint((low + high) / 2, start + value));
            }

            bars[traces[j].Style.Index] = drawn;
        }
    }

    public IEnumerable<OxySeries> Draw(JsonElement trace, TraceStyle style, OxyColor errorColor)
    {
        var drawn = bars[style.Index];
        JsonElement? t = trace;
        var colors = t.Path("marker", "color").Items().Select(c => ((JsonElement?)c).Text()).ToArray();
        var series = new RectangleBarSeries
        {
            Title = style.Name,
            RenderInLegend = style.InLegend,
            FillColor = style.Drawn,
            StrokeThickness = 0,
            LabelFormatString = null,
            XAxisKey = drawn.XKey,
            YAxisKey = drawn.YKey,
        };
        for (var i = 0; i < drawn.Rectangles.Count; i++)
        {
            if (drawn.Rectangles[i] is { } rectangle)
            {
                if (i < colors.Length && colors[i] is { } css)
                {
                    rectangle.Color = PlotlyColor.WithOpacity(PlotlyColor.Parse(css, $"{style.Where} marker.color[{i}]"), style.Opacity);
                }

                series.Items.Add(rectangle);
            }
        }

        yield return series;
        foreach (var errors in ErrorBars.Draw(t, style, drawn.Tips, drawn.XKey, drawn.YKey, errorColor))
        {
            yield return errors;
        }
    }

    private static Measured Bar(JsonElement trace, TraceStyle style, FigureAxes axes, RenderNotes notes)
    {
        JsonElement? t = trace;
        var horizontal = t.Prop("orientation").Text() == "h";
        var x = axes[t.Prop("xaxis").Text() ?? "x"];
        var y = axes[t.Prop("yaxis").Text() ?? "y"];
        var (positionAxis, valueAxis) = horizontal ? (y, x) : (x, y);
        var positions = t.Prop(horizontal ? "y" : "x").Items();
        var values = t.Prop(horizontal ? "x" : "y").Items();
        var pairs = TracePairs.Read(positions, values, positionAxis, valueAxis, style, notes);
        var distinct = pairs.Select(p => p.Item1).Where(double.IsFinite).Distinct().Order().ToArray();
        var width = positionAxis.Type == AxisType.Category || distinct.Length < 2 ? 1 : distinct.Zip(distinct.Skip(1), (a, b) => b - a).Min();
        return new Measured(horizontal, x.Id, y.Id, width, pairs);
    }

    private static Measured Histogram(JsonElement trace, TraceStyle style, FigureAxes axes, RenderNotes notes, HistogramBins? pooled)
    {
        JsonElement? t = trace;
        var x = axes[t.Prop("xaxis").Text() ?? "x"];
        var y = axes[t.Prop("yaxis").Text() ?? "y"];
        var values = t.Prop("x").Items().Select(PlotlyJson.ToDouble).ToArray();
        foreach (var refusal in values.Select(x.Refusal).OfType<string>())
        {
            notes.LeftOut(style.Index, style.Name, refusal);
        }

        var start = t.Path("xbins", "start").Number();
        var end = t.Path("xbins", "end").Number();
        var size = t.Path("xbins", "size").Number();
        var bins = start is { } s && end is { } e && size is > 0 and { } z && e > s ? new HistogramBins(s, e, z) : pooled;
        if (bins is not null && !((bins.End - bins.Start) / bins.Size <= HistogramBins.MaximumCount))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{style.Where}: the bins {bins} are not a finite number of at most {HistogramBins.MaximumCount} bars."));
        }

        if (bins is null)
        {
            return new Measured(false, x.Id, y.Id, 1, []);
        }

        var drawable = values.Where(v => x.Refusal(v) is null).ToArray();
        var counts = bins.Counts(drawable);
        var scale = t.Prop("histnorm").Text() switch
        {
            "percent" => 100.0 / Math.Max(1, drawable.Length),
            "probability" => 1.0 / Math.Max(1, drawable.Length),
            _ => 1.0,
        };
        return new Measured(false, x.Id, y.Id, bins.Size, [.. counts.Select((c, k) => (bins.Edge(k) + (bins.Size / 2), c * scale))]);
    }

    private sealed record Measured(bool Horizontal, string XKey, string YKey, double Width, List<(double Position, double Value)> Values);

    private sealed record Bars(bool Horizontal, string XKey, string YKey, List<RectangleBarItem?> Rectangles, List<DataPoint> Tips);
}
