using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>Runs one fitted step on a frame and writes its report.</summary>
internal static class StepRunner
{
    /// <summary>Runs the step at a 1-based position; a step applied on its own (<paramref name="alone"/>) reports no position in errors.</summary>
    public static (DataFrame Output, StepReport Report, long[] RowIds) Run(FittedStep fitted, DataFrame input, int position, long[] rowIds, bool alone = false)
    {
        var context = new StepContext(fitted.Step.StepName, alone ? null : position, rowIds);
        var output = fitted.Transform(input, context);
        var removed = context.RemovedPositions.ToHashSet();
        var keptIds = rowIds.Where((_, index) => !removed.Contains(index)).ToArray();
        if (keptIds.Length != output.Rows.Count)
        {
            throw new InvalidOperationException(
                $"Step '{fitted.Step.StepName}' returned {output.Rows.Count} rows but recorded {removed.Count} removals from {input.Rows.Count}.");
        }

        var inputNames = input.Columns.Select(c => c.Name).ToArray();
        var outputNames = output.Columns.Select(c => c.Name).ToArray();
        var report = new StepReport
        {
            Position = position,
            Step = fitted.Step.StepName,
            Description = fitted.Description,
            RowsBefore = input.Rows.Count,
            RowsAfter = output.Rows.Count,
            CellsChanged = context.CellsChanged,
            ColumnsAdded = [.. outputNames.Except(inputNames, StringComparer.Ordinal)],
            ColumnsRemoved = [.. inputNames.Except(outputNames, StringComparer.Ordinal)],
            Columns = Summarise(input, output, position, context),
            Changes = context.Changes,
            RemovedRows = context.RemovedRows,
            Statistics = fitted.Statistics,
        };
        return (output, report, keptIds);
    }

    private static List<ColumnSummary> Summarise(DataFrame input, DataFrame output, int position, StepContext context)
    {
        var summaries = new List<ColumnSummary>();
        foreach (var before in input.Columns)
        {
            var index = output.Columns.IndexOf(before.Name);
            var after = index < 0 ? null : output.Columns[index];
            var beforeProfile = ColumnProfile.Of(before);
            var afterProfile = after is null ? null : ColumnProfile.Of(after);
            var changed = after is null
                || beforeProfile != afterProfile
                || before.DataType != after.DataType
                || context.ChangedColumns.Contains(before.Name);
            if (changed)
            {
                summaries.Add(Summary(position, before.Name, beforeProfile, afterProfile));
            }
        }

        foreach (var after in output.Columns.Where(c => input.Columns.IndexOf(c.Name) < 0))
        {
            summaries.Add(Summary(position, after.Name, null, ColumnProfile.Of(after)));
        }

        return summaries;
    }

    internal static ColumnSummary Summary(int position, string column, ColumnProfile? before, ColumnProfile? after) =>
        new(position, column, before?.Missing, after?.Missing, before?.Min, after?.Min, before?.Max, after?.Max, before?.Mean, after?.Mean);
}
