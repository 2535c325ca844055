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
}
