using System.Text;
using Microsoft.Data.Analysis;

namespace MedTwin.Notebooks.Display;

/// <summary>text/plain for a <see cref="DataFrame"/>: the shape line, then an aligned table of the first rows.</summary>
internal static class DataFrameTextFormatter
{
    /// <summary>The text of a missing value.</summary>
    public const string Missing = "<NA>";

    private const string ColumnGap = "  ";

    public static string Format(DataFrame frame, FormatterOptions options)
    {
        var sample = DataFrameSample.Take(frame, options.MaxRows);
        var text = new StringBuilder(sample.Shape);
        if (sample.Columns.Count == 0)
        {
            return text.ToString();
        }

        var names = sample.Columns.Select(column => ControlCharacters.Escape(column.Name)).ToList();
        var types = sample.Columns.Select(column => TypeNames.Of(column.DataType)).ToList();
        var cells = sample.Rows
            .Select(row => row.Select(cell => cell is null ? Missing : ControlCharacters.Escape(cell)).ToList())
            .ToList();
        var widths = Enumerable.Range(0, names.Count)
            .Select(i => cells.Select(row => row[i].Length).Append(names[i].Length).Append(types[i].Length).Max())
            .ToList();
        var rightAligned = sample.Columns.Select(column => InvariantText.IsNumeric(column.DataType)).ToList();

        void Line(IReadOnlyList<string> values, bool alignNumbers)
        {
            var line = string.Join(ColumnGap, values.Select((value, i) =>
                alignNumbers && rightAligned[i] ? value.PadLeft(widths[i]) : value.PadRight(widths[i])));
            text.Append('\n').Append(line.TrimEnd());
        }

        Line(names, alignNumbers: false);
        Line(types, alignNumbers: false);
        Line(widths.Select(width => new string('-', width)).ToList(), alignNumbers: false);
        foreach (var row in cells)
        {
            Line(row, alignNumbers: true);
        }

        if (sample.MoreNote is { } more)
        {
            text.Append('\n').Append(more);
        }

        return text.ToString();
    }
}
