using Plotly.NET;

namespace MedTwin.Charts;

/// <summary>Traces and layouts built from plain properties, the way plotly.js names them.</summary>
internal static class PlotlyParts
{
    public static Trace2D Trace(string type, string name, params (string Key, object Value)[] properties)
    {
        var trace = new Trace2D(type);
        trace.SetProperty("name", name);
        foreach (var (key, value) in properties)
        {
            trace.SetProperty(key, value);
        }

        return trace;
    }

    public static GenericChart WithLayout(GenericChart chart, string title, string xTitle, string yTitle, params (string Key, object Value)[] extra)
    {
        var layout = new Layout();
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = title });
        layout.SetProperty("xaxis", Axis(xTitle));
        layout.SetProperty("yaxis", Axis(yTitle));
        foreach (var (key, value) in extra)
        {
            layout.SetProperty(key, value);
        }

        return GenericChart.addLayout(layout, chart);
    }

    public static Dictionary<string, object> Axis(string title, params (string Key, object Value)[] extra)
    {
        var axis = new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = title } };
        foreach (var (key, value) in extra)
        {
            axis[key] = value;
        }

        return axis;
    }

    /// <summary>A curve as a scatter trace drawn as <paramref name="mode"/> ("lines" or "markers"), on the y axis <paramref name="axis"/> when given.</summary>
    public static Trace2D CurveTrace(CurveSeries curve, string mode, string? axis = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.X.Count != curve.Y.Count)
        {
            throw new ArgumentException($"{curve.Name}: {curve.X.Count} x values and {curve.Y.Count} y values; a curve pairs them.", nameof(curve));
        }

        if (curve.X.Concat(curve.Y).Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException($"{curve.Name}: every value must be finite.", nameof(curve));
        }

        (string, object)[] properties = [("x", curve.X.ToArray()), ("y", curve.Y.ToArray()), ("mode", mode)];
        return Trace("scatter", curve.Name, axis is null ? properties : [.. properties, ("yaxis", axis)]);
    }
}
