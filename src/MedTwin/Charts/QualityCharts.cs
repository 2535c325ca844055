using MedTwin.Data.Quality;
using Plotly.NET;
using static MedTwin.Charts.PlotlyParts;

namespace MedTwin.Charts;

/// <summary>Plotly bar charts of a <see cref="QualityReport"/>: missing values per column and subgroup sizes.</summary>
public static class QualityCharts
{
    /// <summary>
    /// Missing values per column as stacked bars: empty values and declared "not measured" sentinels, in the frame's
    /// column order.
    /// </summary>
    public static GenericChart Missingness(QualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var columns = report.Missingness.Select(m => m.Column).ToArray();
        var traces = new[]
        {
            Bar("empty", columns, [.. report.Missingness.Select(m => m.Empty)]),
            Bar("declared not measured", columns, [.. report.Missingness.Select(m => m.Sentinel)]),
        };
        return WithCategories(
            GenericChart.ofTraceObjects(true, traces), $"Missing values per column (n = {report.Rows})", "column", "missing values", ("barmode", "stack"));
    }

    /// <summary>
    /// The sizes of the groups of one subgroup split as bars, with the declared threshold as a dashed line (a minimum
    /// share is drawn at its number of rows).
    /// </summary>
    /// <exception cref="ArgumentException">The report has no split named <paramref name="subgroup"/>.</exception>
    public static GenericChart SubgroupSizes(QualityReport report, string subgroup)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(subgroup);
        var sizes = report.SubgroupSizes.Where(s => s.Subgroup == subgroup).ToList();
        if (sizes.Count == 0)
        {
            var known = report.Subgroups.Select(d => d.Name).ToList();
            throw new ArgumentException(
                $"The report has no subgroup split '{subgroup}'; it has {(known.Count == 0 ? "none" : string.Join(", ", known))}.", nameof(subgroup));
        }

        var trace = Bar($"{subgroup} (n = {report.Rows})", [.. sizes.Select(s => s.Group)], [.. sizes.Select(s => s.Count)]);
        var threshold = report.Threshold.MinimumRows(report.Rows);
        var line = new Dictionary<string, object>
        {
            ["type"] = "line",
            ["xref"] = "paper",
            ["x0"] = 0,
            ["x1"] = 1,
            ["y0"] = threshold,
            ["y1"] = threshold,
            ["line"] = new Dictionary<string, object> { ["dash"] = "dash", ["color"] = "firebrick" },
        };
        return WithCategories(
            GenericChart.ofTraceObject(true, trace), $"Subgroup sizes by {subgroup} ({report.Threshold})", subgroup, "rows", ("shapes", new[] { line }));
    }

    private static Trace2D Bar(string name, string[] x, int[] y) => Trace("bar", name, ("x", x), ("y", y));

    private static GenericChart WithCategories(GenericChart chart, string title, string xTitle, string yTitle, params (string Key, object Value)[] extra) =>
        WithLayout(chart, title, xTitle, yTitle, [.. extra, ("xaxis", Axis(xTitle, ("type", "category")))]);
}
