using Plotly.NET;

namespace MedTwin.Notebooks.Display;

/// <summary>text/plain for a Plotly.NET chart: what it holds, in one line (its ToString dumps the whole figure).</summary>
internal static class PlotlyChartTextFormatter
{
    public static string Format(GenericChart chart)
    {
        var types = GenericChart.getTraces(chart).Select(trace => trace.type).ToList();
        return $"Plotly chart: {Counting.Of(types.Count, "trace")}" + (types.Count > 0 ? $" ({string.Join(", ", types)})" : string.Empty);
    }
}
