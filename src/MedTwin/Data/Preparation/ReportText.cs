using System.Globalization;
using System.Text;

namespace MedTwin.Data.Preparation;

/// <summary>Renders a preparation report as aligned plain text with '\n' line ends, whatever the platform and culture.</summary>
internal static class ReportText
{
    /// <summary>How many changed cells and removed rows the text shows per step; the report's lists hold more.</summary>
    public const int ShownRecords = 10;

    public static string Render(PreparationReport report)
    {
        var text = new StringBuilder();
        var title = report.Recipe is null ? "Preparation report" : $"Preparation report: {report.Recipe}";
        text.Append(CultureInfo.InvariantCulture, $"{title} ({Count(report.Steps.Count, "step")}, rows {report.RowsBefore} -> {report.RowsAfter})\n");
        foreach (var step in report.Steps)
        {
            text.Append('\n');
            AppendStep(text, step);
        }

        return text.ToString();
    }

    private static void AppendStep(StringBuilder text, StepReport step)
    {
        text.Append(CultureInfo.InvariantCulture, $"{step.Position}. {step.Step}: {step.Description}\n");
        text.Append(CultureInfo.InvariantCulture, $"   rows {step.RowsBefore} -> {step.RowsAfter}, cells changed {step.CellsChanged}");
        if (step.ColumnsAdded.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", columns added: {string.Join(", ", step.ColumnsAdded)}");
        }

        if (step.ColumnsRemoved.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", columns removed: {string.Join(", ", step.ColumnsRemoved)}");
        }

        text.Append('\n');
        if (step.Statistics.Count > 0)
        {
            TextTable.Append(
                text,
                "   ",
                ["learnt", "column", "value"],
                step.Statistics.Select(s => (IReadOnlyList<string>)[s.Statistic, s.Column, s.Text ?? ValueText.Short(s.Value)]));
        }

        if (step.Columns.Count > 0)
        {
            TextTable.Append(
                text,
                "   ",
                ["column", "missing", "min", "max", "mean"],
                step.Columns.Select(c => (IReadOnlyList<string>)
                [
                    c.Column,
                    $"{Missing(c.MissingBefore)} -> {Missing(c.MissingAfter)}",
                    $"{ValueText.Short(c.MinBefore)} -> {ValueText.Short(c.MinAfter)}",
                    $"{ValueText.Short(c.MaxBefore)} -> {ValueText.Short(c.MaxAfter)}",
                    $"{ValueText.Short(c.MeanBefore)} -> {ValueText.Short(c.MeanAfter)}",
                ]));
        }

        if (step.Changes.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"   changed cells ({Shown(step.Changes.Count, step.CellsChanged)}):\n");
            TextTable.Append(
                text,
                "   ",
                ["row", "column", "before", "after"],
                step.Changes.Take(ShownRecords).Select(c => (IReadOnlyList<string>)
                [
                    c.Row.ToString(CultureInfo.InvariantCulture), c.Column, c.Before ?? "missing", c.After ?? "missing",
                ]));
        }

        if (step.RemovedRows.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"   removed rows ({Shown(step.RemovedRows.Count, step.RowsRemoved)}):\n");
            TextTable.Append(
                text,
                "   ",
                ["row", "reason"],
                step.RemovedRows.Take(ShownRecords).Select(r => (IReadOnlyList<string>)[r.Row.ToString(CultureInfo.InvariantCulture), r.Reason]));
        }
    }

    private static string Missing(long? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Shown(int listed, long total) =>
        Math.Min(listed, ShownRecords) == total
            ? $"all {total}"
            : $"first {Math.Min(listed, ShownRecords)} of {total}";

    private static string Count(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
