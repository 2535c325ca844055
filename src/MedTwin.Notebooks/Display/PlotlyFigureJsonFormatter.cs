using System.Text.Json.Nodes;
using Plotly.NET;

namespace MedTwin.Notebooks.Display;

/// <summary>
/// application/vnd.plotly.v1+json for a Plotly.NET chart: the figure's <c>data</c>, <c>layout</c> and <c>config</c>, which
/// VS Code's notebook renderer and JupyterLab's plotly extension draw interactively with their own copy of plotly.js.
/// The output carries no script, so a notebook stays small and a viewer that runs no script loses nothing it could show.
/// </summary>
internal static class PlotlyFigureJsonFormatter
{
    public static string Format(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toJson(chart)) as JsonObject
            ?? throw new InvalidOperationException("Plotly.NET gave a figure that is not a JSON object.");
        var bundle = new JsonObject
        {
            ["data"] = figure["data"]?.DeepClone() ?? new JsonArray(),
            ["layout"] = figure["layout"]?.DeepClone() ?? new JsonObject(),
            ["config"] = figure["config"]?.DeepClone() ?? new JsonObject(),
        };
        return bundle.ToJsonString();
    }
}
