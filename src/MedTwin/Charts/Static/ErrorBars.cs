using System.Text.Json;
using OxyPlot;
using OxyPlot.Series;
using OxySeries = OxyPlot.Series.Series;

namespace MedTwin.Charts.Static;

/// <summary>
/// Error bars given as <c>error_x</c> / <c>error_y</c> with <c>array</c> (symmetric, or with <c>arrayminus</c>), drawn
/// from each bar's end or point, in the error bar's colour (else the template's, else the font colour), without markers or a legend entry.
/// </summary>
internal static class ErrorBars
{
    private const double DefaultThickness = 2;
    private const double DefaultCapWidth = 4;

    /// <summary>The error bars of trace <paramref name="t"/> at <paramref name="tips"/> (undefined tips are skipped).</summary>
    public static IEnumerable<OxySeries> Draw(JsonElement? t, TraceStyle style, IReadOnlyList<DataPoint> tips, string xKey, string yKey, OxyColor defaultColor)
    {
        foreach (var (property, alongX) in new[] { ("error_x", true), ("error_y", false) })
        {
            var error = t.Prop(property);
            if (error is null || error.Prop("visible").Bool() == false || error.Prop("array") is null)
            {
                continue;
            }

            var plus = error.Prop("array").Items().Select(PlotlyJson.ToDouble).ToArray();
            var minus = error.Prop("symmetric").Bool() == false && error.Prop("arrayminus") is { } arrayMinus
                ? [.. arrayMinus.EnumerateArray().Select(PlotlyJson.ToDouble)]
                : plus;
            var series = new LineSeries
            {
                Color = error.Prop("color").Text() is { } css ? PlotlyColor.Parse(css, $"{style.Where} {property}.color") : defaultColor,
                StrokeThickness = error.Prop("thickness").Number() ?? DefaultThickness,
                RenderInLegend = false,
                MinimumSegmentLength = 0,
                XAxisKey = xKey,
                YAxisKey = yKey,
            };
            for (var i = 0; i < tips.Count && i < plus.Length; i++)
            {
                if (!tips[i].IsDefined() || !double.IsFinite(plus[i]) || i >= minus.Length || !double.IsFinite(minus[i]))
                {
                    continue;
                }

                var (p, low, high) = (tips[i], -minus[i], plus[i]);
                series.Points.Add(alongX ? new DataPoint(p.X + low, p.Y) : new DataPoint(p.X, p.Y + low));
                series.Points.Add(alongX ? new DataPoint(p.X + high, p.Y) : new DataPoint(p.X, p.Y + high));
                series.Points.Add(DataPoint.Undefined);
            }

            yield return series;
            yield return Caps(series, alongX, error.Prop("width").Number() ?? DefaultCapWidth);
        }
    }

    /// <summary>The short bars across each end, drawn as markers so their size is in pixels, as plotly.js's <c>width</c>.</summary>
    private static ScatterSeries Caps(LineSeries bars, bool alongX, double width)
    {
        var caps = new ScatterSeries
        {
            MarkerType = MarkerType.Custom,
            MarkerOutline = alongX ? [new ScreenPoint(0, -1), new ScreenPoint(0, 1)] : [new ScreenPoint(-1, 0), new ScreenPoint(1, 0)],
            MarkerSize = width,
            MarkerStroke = bars.Color,
            MarkerStrokeThickness = bars.StrokeThickness,
            MarkerFill = OxyColors.Undefined,
            RenderInLegend = false,
            XAxisKey = bars.XAxisKey,
            YAxisKey = bars.YAxisKey,
        };
        caps.Points.AddRange(bars.Points.Where(p => p.IsDefined()).Select(p => new ScatterPoint(p.X, p.Y)));
        return caps;
    }
}
