using Plotly.NET;

namespace MedTwin.Notebooks.Tests.Display;

/// <summary>Small Plotly.NET charts built from C# (Plotly.NET's F# optional arguments are not optional in C#).</summary>
internal static class TestCharts
{
    public static GenericChart Scatter(string name, double[] x, double[] y)
    {
        var trace = new Trace2D("scatter");
        trace.SetProperty("name", name);
        trace.SetProperty("x", x);
        trace.SetProperty("y", y);
        return GenericChart.ofTraceObject(true, trace);
    }

    /// <summary>Two traces, so that the chart has a legend naming them.</summary>
    public static GenericChart Pair(string first, string second) =>
        GenericChart.combine([Scatter(first, [0, 1], [1, 2]), Scatter(second, [0, 1], [2, 1])]);

    public static GenericChart Glucose() => Scatter("glucose", [0, 30, 60, 90], [5.1, 7.8, 6.9, 5.6]);
}
