using Microsoft.Data.Analysis;

namespace MedTwin.Notebooks.Display;

/// <summary>The part of a data frame that is shown: its shape, column names and types, and its first rows as text.</summary>
internal sealed record DataFrameSample(
    long RowCount,
    IReadOnlyList<DataFrameColumn> Columns,
    IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>"768 rows × 9 columns".</summary>
    public string Shape => Counting.Shape(RowCount, Columns.Count);

    /// <summary>How many rows are not shown.</summary>
    public long HiddenRows => RowCount - Rows.Count;

    /// <summary>"... (748 more rows)" when rows are hidden.</summary>
    public string? MoreNote => HiddenRows > 0 ? Counting.More(HiddenRows, "row") : null;

    /// <summary>Takes the first <paramref name="maxRows"/> rows; a missing value becomes <see langword="null"/>.</summary>
    public static DataFrameSample Take(DataFrame frame, int maxRows)
    {
        var columns = frame.Columns.ToList();
        var rowCount = frame.Rows.Count;
        var shown = (int)Math.Min(rowCount, maxRows);
        var rows = new List<IReadOnlyList<string?>>(shown);
        for (long row = 0; row < shown; row++)
        {
            rows.Add(columns.Select(column => column[row] is { } value ? InvariantText.Format(value) : null).ToList());
        }

        return new DataFrameSample(rowCount, columns, rows);
    }
}
