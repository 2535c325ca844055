using MedTwin.Charts.Static;
using Plotly.NET;
using static MedTwin.Charts.PlotlyParts;

namespace MedTwin.Charts;

/// <summary>
/// The Plotly.NET figures studies use, callable from C# in one line. Plotly.NET's own C# surface needs every F# optional
/// argument spelled out, so these build the traces and layout directly.
/// </summary>
public static class Figures
{
    /// <summary>
    /// Overlaid histograms, one per series, e.g. a lab value by outcome. The bins are computed here, the same for every
    /// series, and written into each trace as <c>xbins</c> so plotly.js and the static rendering draw the same bars:
    /// Sturges' number of bins (⌈log₂ n⌉ + 1, n the values of all series) widened to a size of 1, 2, 2.5 or 5 times a
    /// power of ten, starting at a multiple of the size at or below the smallest value, each bin holding its lower edge.
    /// </summary>
    public static GenericChart Histogram(string title, string xTitle, params Series[] series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var bins = HistogramBins.For(series.SelectMany(s => s.Present));
        (string, object)[] binning = bins is null
            ? []
            : [("autobinx", false), ("xbins", new Dictionary<string, object> { ["start"] = bins.Start, ["end"] = bins.End, ["size"] = bins.Size })];
        var traces = series.Select(s => Trace("histogram", s.Label, [("x", s.Present), ("opacity", 0.6), .. binning]));
        return WithLayout(GenericChart.ofTraceObjects(true, traces), title, xTitle, "count", ("barmode", "overlay"));
    }

    /// <summary>A scatter plot of <paramref name="y"/> against <paramref name="x"/>, points missing either value left out and counted.</summary>
    public static GenericChart Scatter(string title, string xTitle, string yTitle, Series x, Series y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Values.Count != y.Values.Count)
        {
            throw new ArgumentException($"x has {x.Values.Count} values and y has {y.Values.Count}; a scatter plot pairs them.", nameof(y));
        }

        var pairs = x.Values.Zip(y.Values).Where(p => p.First.HasValue && p.Second.HasValue).ToList();
        var missing = x.Values.Count - pairs.Count;
        var name = missing == 0 ? $"n = {pairs.Count}" : $"n = {pairs.Count}, {missing} missing";
        var trace = Trace("scatter", name, ("x", pairs.Select(p => p.First!.Value).ToArray()), ("y", pairs.Select(p => p.Second!.Value).ToArray()), ("mode", "markers"));
        return WithLayout(GenericChart.ofTraceObject(true, trace), title, xTitle, yTitle);
    }

    /// <summary>
    /// Curves against a common x axis (e.g. concentration–time profiles): <paramref name="lines"/> drawn as lines and
    /// <paramref name="points"/> (observations) as markers, with optional horizontal reference lines (e.g. a therapeutic window).
    /// </summary>
    /// <exception cref="ArgumentException">A curve's x and y differ in length, or a value is not finite.</exception>
    public static GenericChart Lines(
        string title,
        string xTitle,
        string yTitle,
        IReadOnlyList<CurveSeries> lines,
        IReadOnlyList<CurveSeries>? points = null,
        IReadOnlyList<(string Name, double Y)>? references = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var traces = lines.Select(c => CurveTrace(c, "lines"))
            .Concat((points ?? []).Select(c => CurveTrace(c, "markers")))
            .ToList();
        var shapes = (references ?? []).Select(r => (object)new Dictionary<string, object>
        {
            ["type"] = "line",
            ["xref"] = "paper",
            ["x0"] = 0,
            ["x1"] = 1,
            ["y0"] = r.Y,
            ["y1"] = r.Y,
            ["line"] = new Dictionary<string, object> { ["dash"] = "dash", ["color"] = "grey" },
        }).ToArray();
        return WithLayout(GenericChart.ofTraceObjects(true, traces), title, xTitle, yTitle, ("shapes", shapes));
    }
}
