using System.Text;
using System.Text.Json;

namespace MedTwin.Charts.Static;

/// <summary>A plotly figure's JSON: its traces, its layout, and the template the layout falls back to.</summary>
internal sealed class PlotlyFigure
{
    private readonly JsonElement? layout;
    private readonly JsonElement? template;

    private PlotlyFigure(JsonElement root)
    {
        Traces = ((JsonElement?)root).Prop("data").Items();
        layout = ((JsonElement?)root).Prop("layout");
        template = layout.Prop("template");
    }

    public IReadOnlyList<JsonElement> Traces { get; }

    public static PlotlyFigure Parse(string json)
    {
        // Encoding.UTF8 writes an unpaired surrogate of a chart's text as U+FFFD, where parsing the string would throw.
        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(json));
        return new PlotlyFigure(document.RootElement.Clone());
    }

    /// <summary>A layout property, else the template's.</summary>
    public JsonElement? Layout(params string[] path) => layout.Path(path) ?? template.Path(["layout", .. path]);

    /// <summary>
    /// A property of the axis <paramref name="axisKey"/> (e.g. "yaxis2"), else of the template's axis of that direction
    /// (the template styles every x axis as "xaxis").
    /// </summary>
    public JsonElement? Axis(string axisKey, params string[] path) =>
        layout.Path([axisKey, .. path]) ?? template.Path(["layout", axisKey[..5], .. path]);

    /// <summary>Whether the layout itself (not the template) holds the axis <paramref name="axisKey"/>.</summary>
    public bool HasAxis(string axisKey) => layout.Prop(axisKey) is not null;

    /// <summary>The layout's own axis keys ("xaxis", "yaxis2", ...), in the order written.</summary>
    public IEnumerable<string> AxisKeys => layout is { ValueKind: JsonValueKind.Object } l
        ? l.EnumerateObject().Select(p => p.Name).Where(n => n.StartsWith("xaxis", StringComparison.Ordinal) || n.StartsWith("yaxis", StringComparison.Ordinal))
        : [];

    /// <summary>A trace property, else the template's default for traces of <paramref name="type"/>.</summary>
    public JsonElement? TraceDefault(string type, params string[] path) => template.Path(["data", type]).Items() is [var first, ..] ? ((JsonElement?)first).Path(path) : null;
}
