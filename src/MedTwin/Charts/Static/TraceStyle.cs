using System.Globalization;
using System.Text.Json;
using OxyPlot;

namespace MedTwin.Charts.Static;

/// <summary>A trace's name, legend entry and colour, resolved as plotly.js resolves them.</summary>
internal sealed record TraceStyle(int Index, string Type, string Name, bool InLegend, OxyColor Color, double Opacity)
{
    /// <summary>Names the trace in notes and errors: "trace 2 'name'".</summary>
    public string Where => string.Create(CultureInfo.InvariantCulture, $"trace {Index} '{Name}'");

    /// <summary>
    /// The colour is the trace's own <c>marker.color</c> (bars, histograms) or <c>line.color</c> (lines), else the
    /// <paramref name="index"/>-th colour of the layout's colorway, else of the template's, else plotly.js's default.
    /// </summary>
    public static TraceStyle Of(PlotlyFigure figure, JsonElement trace, int index, bool legendShown)
    {
        JsonElement? t = trace;
        var type = t.Prop("type").Text() ?? "scatter";
        var name = t.Prop("name").Text() ?? string.Create(CultureInfo.InvariantCulture, $"trace {index}");
        var own = type is "bar" or "histogram"
            ? t.Path("marker", "color").Text()
            : t.Path("line", "color").Text() ?? t.Path("marker", "color").Text();
        var colorway = figure.Layout("colorway").Items().Select(c => ((JsonElement?)c).Text()).OfType<string>().ToArray();
        var css = own ?? (colorway.Length > 0 ? colorway : PlotlyColor.DefaultColorway)[index % (colorway.Length > 0 ? colorway.Length : PlotlyColor.DefaultColorway.Length)];
        var where = string.Create(CultureInfo.InvariantCulture, $"trace {index} '{name}' colour");
        var opacity = t.Prop("opacity").Number() ?? 1;
        var inLegend = legendShown && t.Prop("showlegend").Bool() != false && type != "heatmap";
        return new TraceStyle(index, type, name, inLegend, PlotlyColor.Parse(css, where), opacity);
    }

    /// <summary>The colour with the trace's opacity applied.</summary>
    public OxyColor Drawn => PlotlyColor.WithOpacity(Color, Opacity);
}
