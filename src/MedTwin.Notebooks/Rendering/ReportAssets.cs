using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// What a folder of report pages shares: one copy of plotly.js beside its <c>index.html</c>, which every page's charts
/// are drawn with, so a report of many charts carries plotly.js once and still reads offline.
/// </summary>
public static class ReportAssets
{
    /// <summary>The name of plotly.js in the report folder.</summary>
    public const string PlotlyFileName = "plotly.min.js";

    /// <summary>Writes plotly.js (the copy shipped inside Plotly.NET) into <paramref name="folder"/>.</summary>
    public static void WritePlotly(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        AtomicFile.WriteText(Path.Combine(folder, PlotlyFileName), PlotlyJavaScript.Source);
    }

    /// <summary>The address of the report's plotly.js as seen from a page at <paramref name="pagePath"/>, relative to the report folder.</summary>
    public static string PlotlyUrlFrom(string pagePath)
    {
        ArgumentNullException.ThrowIfNull(pagePath);
        var depth = pagePath.Replace('\\', '/').Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + PlotlyFileName;
    }
}
