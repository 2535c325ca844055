using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Rendering;
using MedTwin.Reproducibility;

namespace MedTwin.Cli.Commands;

/// <summary>
/// What <c>reproduce</c> leaves for a reviewer: an HTML page per executed notebook, an index, the one plotly.js its
/// pages draw their charts with, and <c>run.json</c> — the one place for the run's wall-clock facts (durations, host, paths), never the notebooks.
/// </summary>
internal static class ReproduceArtifacts
{
    public static string Write(string folder, IReadOnlyList<VerificationOutcome> outcomes)
    {
        Directory.CreateDirectory(folder);
        ReportAssets.WritePlotly(folder);
        var entries = new List<IndexEntry>();
        foreach (var outcome in outcomes)
        {
            var page = Path.ChangeExtension(outcome.RelativePath, ".html");
            var target = Path.Combine(folder, page);
            AtomicFile.WriteText(target, outcome.Run is { } run
                ? NotebookHtmlRenderer.Render(run.Received, outcome.RelativePath, ReportAssets.PlotlyUrlFrom(page))
                : FailurePage(outcome.RelativePath, outcome.Error!));

            entries.Add(new IndexEntry(outcome.RelativePath, page.Replace('\\', '/'), outcome.CellCount, outcome.Summary, Seconds(outcome.Elapsed)));
        }

        var index = Path.Combine(folder, "index.html");
        AtomicFile.WriteText(index, ReproduceIndexRenderer.Render(entries));
        AtomicFile.WriteText(Path.Combine(folder, "run.json"), RunRecord(outcomes).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        return index;
    }

    private static string FailurePage(string notebook, string error) =>
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(notebook)}</title></head>
        <body><h1>{WebUtility.HtmlEncode(notebook)}</h1><p>The notebook could not be run:</p><pre>{WebUtility.HtmlEncode(error)}</pre></body></html>

        """;

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static JsonObject RunRecord(IReadOnlyList<VerificationOutcome> outcomes) => new()
    {
        // The wall clock is read here on purpose: run.json records when and where the reproduction ran, and is never verified.
        ["finishedUtc"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["host"] = Environment.MachineName,
        ["notebooks"] = new JsonArray([.. outcomes.Select(o => (JsonNode)new JsonObject
        {
            ["path"] = o.Path,
            ["result"] = o.Summary,
            ["seconds"] = Math.Round(o.Elapsed.TotalSeconds, 3),
            ["cells"] = new JsonArray([.. (o.Run?.Run.Cells ?? []).Select(c => (JsonNode)new JsonObject
            {
                ["cell"] = c.Index + 1,
                ["status"] = c.Status.ToString(),
                ["seconds"] = Math.Round(c.Duration.TotalSeconds, 3),
            })]),
        })]),
    };
}
