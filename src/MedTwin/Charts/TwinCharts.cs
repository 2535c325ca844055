using Plotly.NET;
using static MedTwin.Charts.PlotlyParts;

namespace MedTwin.Charts;

/// <summary>Figures of a patient twin over time.</summary>
public static class TwinCharts
{
    /// <summary>
    /// Panels stacked on one time axis, top to bottom in the order given, each with its own y axis and shaded bands,
    /// and events (alerts) marked by vertical lines through all of them.
    /// </summary>
    /// <exception cref="ArgumentException">There is no panel, or a curve's x and y differ in length or hold a value that is not finite.</exception>
    public static GenericChart Timeline(string title, string xTitle, IReadOnlyList<TimelinePanel> panels, IReadOnlyList<TimelineMarker>? markers = null)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0)
        {
            throw new ArgumentException("A timeline needs at least one panel.", nameof(panels));
        }

        const double Gap = 0.03;
        var height = (1.0 - (Gap * (panels.Count - 1))) / panels.Count;
        var traces = new List<Trace2D>();
        var shapes = new List<object>();
        var annotations = new List<object>();
        var layout = new List<(string Key, object Value)>();
        for (var i = 0; i < panels.Count; i++)
        {
            var panel = panels[i] ?? throw new ArgumentException($"Panel {i} is null.", nameof(panels));
            var axis = i == 0 ? "y" : $"y{i + 1}";
            var top = 1.0 - (i * (height + Gap));
            layout.Add((i == 0 ? "yaxis" : $"yaxis{i + 1}", Axis(panel.Title, ("domain", new[] { top - height, top }), ("anchor", "x"))));
            traces.AddRange(panel.Lines.Select(c => CurveTrace(c, "lines", axis)));
            traces.AddRange(panel.Points.Select(c => CurveTrace(c, "markers", axis)));
            foreach (var band in panel.Bands)
            {
                shapes.Add(new Dictionary<string, object>
                {
                    ["type"] = "rect", ["xref"] = "paper", ["yref"] = axis, ["x0"] = 0, ["x1"] = 1, ["y0"] = band.Low, ["y1"] = band.High,
                    ["fillcolor"] = band.Color, ["line"] = new Dictionary<string, object> { ["width"] = 0 }, ["layer"] = "below",
                });
                annotations.Add(new Dictionary<string, object>
                {
                    ["xref"] = "paper", ["yref"] = axis, ["x"] = 1, ["y"] = (band.Low + band.High) / 2, ["xanchor"] = "left",
                    ["text"] = band.Label, ["showarrow"] = false, ["font"] = new Dictionary<string, object> { ["size"] = 10 },
                });
            }
        }

        foreach (var marker in markers ?? [])
        {
            shapes.Add(new Dictionary<string, object>
            {
                ["type"] = "line", ["xref"] = "x", ["yref"] = "paper", ["x0"] = marker.X, ["x1"] = marker.X, ["y0"] = 0, ["y1"] = 1,
                ["line"] = new Dictionary<string, object> { ["dash"] = "dot", ["color"] = marker.Color, ["width"] = 1 },
            });
            annotations.Add(new Dictionary<string, object>
            {
                ["xref"] = "x", ["yref"] = "paper", ["x"] = marker.X, ["y"] = 1, ["yanchor"] = "bottom", ["textangle"] = -60,
                ["text"] = marker.Label, ["showarrow"] = false, ["font"] = new Dictionary<string, object> { ["size"] = 9, ["color"] = marker.Color },
            });
        }

        layout.Add(("shapes", shapes.ToArray()));
        layout.Add(("annotations", annotations.ToArray()));
        layout.Add(("height", 220 * panels.Count));
        return WithLayout(GenericChart.ofTraceObjects(true, traces), title, xTitle, panels[0].Title, [.. layout]);
    }
}
