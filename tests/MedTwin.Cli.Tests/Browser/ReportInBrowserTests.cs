using System.Text.RegularExpressions;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Rendering;

namespace MedTwin.Cli.Tests.Browser;

/// <summary>The HTML report as a reviewer meets it: opened from disk in a real browser, with no network.</summary>
public sealed partial class ReportInBrowserTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    [Fact]
    public void Every_page_of_a_fresh_report_draws_each_chart_from_the_folders_one_plotly_js_without_a_console_message()
    {
        TestNotebooks.WriteCommitted(
            scratch.PathOf(Path.Combine("notebooks", "charts.ipynb")),
            "using MedTwin.Charts;",
            "Figures.Lines(\"Concentration\", \"hours\", \"mg/L\", [new CurveSeries(\"dose 1\", [0, 1, 2, 4], [0, 4.5, 3.1, 1.2])], references: [(\"MEC\", 2.0)])",
            "ModelCharts.Roc(\"ROC\", new CurveSeries(\"model\", [0, 0.2, 1], [0, 0.7, 1]))");
        TestNotebooks.WriteCommitted(scratch.PathOf(Path.Combine("notebooks", "deeper", "text.ipynb")), "\"no chart here\"");
        var artifacts = Path.Combine(scratch.Root, "artifacts");

        var run = CliRun.Of("reproduce", "--notebooks", Path.Combine(scratch.Root, "notebooks"), "--artifacts", artifacts, "--data", RepositoryPaths.Data);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var scripts = Directory.GetFiles(artifacts, "*.js", SearchOption.AllDirectories);
        Assert.Equal([Path.Combine(artifacts, ReportAssets.PlotlyFileName)], scripts);
        var pages = Directory.GetFiles(artifacts, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, pages.Count);
        var charts = pages.Sum(page => AssertEveryChartDrawn(page));
        Assert.Equal(2, charts);
    }

    [Fact]
    public void The_committed_notebooks_pages_draw_every_chart_in_a_real_browser_beside_its_static_svg()
    {
        var report = Path.Combine(scratch.Root, "report");
        Directory.CreateDirectory(report);
        ReportAssets.WritePlotly(report);
        var charts = 0;
        foreach (var notebook in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            var page = Path.Combine(report, Path.GetFileNameWithoutExtension(notebook) + ".html");
            File.WriteAllText(page, NotebookHtmlRenderer.Render(NotebookReader.Read(notebook), Path.GetFileName(notebook), ReportAssets.PlotlyUrlFrom(Path.GetFileName(page))));
            var drawn = AssertEveryChartDrawn(page);
            Assert.Equal(drawn, StaticCharts().Count(File.ReadAllText(page)));
            charts += drawn;
        }

        Assert.True(charts >= 15, $"The committed notebooks hold {charts} charts; they held 15 when this test was written.");
    }

    /// <summary>Opens the page, checks that plotly drew an SVG into every interactive chart and the console stayed silent; returns the number of charts.</summary>
    private static int AssertEveryChartDrawn(string page)
    {
        var visit = HeadlessChromium.Open(page);
        Assert.True(visit.ConsoleLines.Count == 0, $"{Path.GetFileName(page)} printed to the console:\n{string.Join('\n', visit.ConsoleLines)}");
        var targets = ChartTarget().Matches(visit.Dom).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(targets.Count, ChartTarget().Count(File.ReadAllText(page)));
        foreach (var id in targets)
        {
            var start = visit.Dom.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
            var end = visit.Dom.IndexOf($"id=\"{id}-figure\"", start, StringComparison.Ordinal);
            var drawn = visit.Dom[start..end];
            Assert.True(drawn.Contains("class=\"main-svg\"", StringComparison.Ordinal), $"{Path.GetFileName(page)}: chart {id} was not drawn.");
        }

        return targets.Count;
    }

    [GeneratedRegex("<div class=\"plotly-chart[^\"]*\" id=\"(?<id>nb-chart-[0-9]+)\"")]
    private static partial Regex ChartTarget();

    [GeneratedRegex("<figure class=\"chart-static\">\\s*<div class=\"svg\">\\s*<svg")]
    private static partial Regex StaticCharts();

    public void Dispose() => scratch.Dispose();
}
