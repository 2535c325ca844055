using Plotly.NET;
using static MedTwin.Charts.PlotlyParts;

namespace MedTwin.Charts;

/// <summary>
/// The Plotly.NET figures studies use, callable from C# in one line. Plotly.NET's own C# surface needs every F# optional
/// argument spelled out, so these build the traces and layout directly.
/// </summary>
public static class Figures
{
    /// <summary>Overlaid histograms, one per series, e.g. a lab value by outcome.</summary>
    public static GenericChart Histogram(string title, string xTitle, params Series[] series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var traces = series.Select(s => Trace("histogram", s.Label, ("x", s.Present), ("opacity", 0.6)));
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
}
