using Microsoft.Data.Analysis;

namespace MedTwin.Notebooks.Display;

/// <summary>
/// text/html for a <see cref="DataFrame"/>: shape, column names and types, the first rows.
/// MedTwin's own rather than the one shipped with Microsoft.Data.Analysis, whose element ids come from the clock.
/// </summary>
internal static class DataFrameHtmlFormatter
{
    public static string Format(DataFrame frame, FormatterOptions options)
    {
        var sample = DataFrameSample.Take(frame, options.MaxRows);
        var columns = sample.Columns.Select(column => (column.Name, (string?)TypeNames.Of(column.DataType))).ToList();
        return HtmlTable.Write("medtwin-dataframe", sample.Shape, columns, sample.Rows, sample.MoreNote);
    }
}
