using System.Globalization;
using System.Text;

namespace MedTwin.Data.Quality;

/// <summary>Writes a <see cref="QualityReport"/> as aligned plain text.</summary>
internal static class QualityReportText
{
    private const string Indent = "  ";

    public static string Write(QualityReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Quality report: {report.Rows} rows, {report.Columns} columns; outcome '{report.Outcome}'; threshold: {report.Threshold}\n");
        foreach (var group in report.MissingSentinels.GroupBy(s => s.Value).OrderBy(g => g.Key))
        {
            var columns = string.Join(", ", group.Select(s => s.Column).Distinct(StringComparer.Ordinal));
            text.Append(CultureInfo.InvariantCulture, $"Declared 'not measured' (counted as missing, data unchanged): {SubgroupDefinition.Format(group.Key)} in {columns}\n");
        }

        WriteClassBalance(report, text);
        WriteMissingness(report, text);
        foreach (var definition in report.Subgroups)
        {
            WriteSubgroup(report, definition, text);
        }

        text.Append(CultureInfo.InvariantCulture, $"\nWarnings ({report.Warnings.Count})\n");
        foreach (var warning in report.Warnings)
        {
            text.Append(Indent).Append("- ").Append(warning.Message).Append('\n');
        }

        if (report.Warnings.Count == 0)
        {
            text.Append(Indent).Append("none\n");
        }

        return text.ToString();
    }

    private static void WriteClassBalance(QualityReport report, StringBuilder text)
    {
        text.Append(CultureInfo.InvariantCulture, $"\nClass balance of '{report.Outcome}'\n");
        var table = new TextTable("class", "count", "share");
        foreach (var count in report.ClassBalance)
        {
            table.Add(count.Level, Number(count.Count), Percent.Format(count.Share));
        }

        table.WriteTo(text, Indent);
    }

    private static void WriteMissingness(QualityReport report, StringBuilder text)
    {
        text.Append("\nMissing values per column\n");
        var table = new TextTable("column", "missing", "empty", "sentinel", "share");
        foreach (var column in report.Missingness)
        {
            table.Add(column.Column, Number(column.Missing), Number(column.Empty), Number(column.Sentinel), Percent.Format(column.Share));
        }

        table.WriteTo(text, Indent);
    }

    private static void WriteSubgroup(QualityReport report, SubgroupDefinition definition, StringBuilder text)
    {
        var name = definition.Name;
        text.Append(CultureInfo.InvariantCulture, $"\nSubgroups by {definition}\n");
        var sizes = report.SubgroupSizes.Where(s => s.Subgroup == name).ToList();
        var outcomes = report.SubgroupOutcomes.Where(o => o.Subgroup == name).ToList();
        var levels = report.ClassBalance.Select(c => c.Level).ToList();
        var sizeTable = new TextTable(["group", "count", "share", .. levels.Select(l => $"{report.Outcome} {l}"), "below threshold"]);
        foreach (var size in sizes)
        {
            var perLevel = levels.Select(level => outcomes.Single(o => o.Group == size.Group && o.Level == level))
                .Select(o => $"{Number(o.Count)} ({Percent.Format(o.Share)})");
            sizeTable.Add([size.Group, Number(size.Count), Percent.Format(size.Share), .. perLevel, size.BelowThreshold ? "yes" : ""]);
        }

        sizeTable.WriteTo(text, Indent);

        // Only the columns with a missing value somewhere, so the table stays readable.
        var columns = report.Missingness.Where(m => m.Missing > 0).Select(m => m.Column).ToList();
        if (columns.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\nMissing values by {name} (columns with any missing)\n");
        var missing = report.SubgroupMissingness.Where(m => m.Subgroup == name).ToList();
        var missingTable = new TextTable(["group", .. columns]);
        foreach (var size in sizes)
        {
            missingTable.Add([size.Group, .. columns
                .Select(column => missing.Single(m => m.Group == size.Group && m.Column == column))
                .Select(m => $"{Number(m.Missing)} ({Percent.Format(m.Share)})")]);
        }

        missingTable.WriteTo(text, Indent);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
