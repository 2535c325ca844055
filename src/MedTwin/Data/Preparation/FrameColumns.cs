using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>Finding columns, checking their types and reading their values, with errors that name step, column and row.</summary>
internal static class FrameColumns
{
    private static readonly HashSet<Type> NumericTypes =
    [
        typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal),
    ];

    public static bool IsNumeric(DataFrameColumn column) => NumericTypes.Contains(column.DataType);

    public static bool IsText(DataFrameColumn column) => column.DataType == typeof(string);

    public static bool Contains(DataFrame frame, string name) => frame.Columns.IndexOf(name) >= 0;

    public static DataFrameColumn Require(DataFrame frame, string name, StepContext context)
    {
        var index = frame.Columns.IndexOf(name);
        if (index < 0)
        {
            var names = frame.Columns.Count == 0 ? "none" : string.Join(", ", frame.Columns.Select(c => c.Name));
            throw context.Error($"no such column; the frame's columns are: {names}", name);
        }

        return frame.Columns[index];
    }

    public static DataFrameColumn RequireNumeric(DataFrame frame, string name, StepContext context)
    {
        var column = Require(frame, name, context);
        return IsNumeric(column)
            ? column
            : throw context.Error($"expected a numeric column; found {Describe(column)}", name);
    }

    public static DataFrameColumn RequireText(DataFrame frame, string name, StepContext context)
    {
        var column = Require(frame, name, context);
        return IsText(column)
            ? column
            : throw context.Error($"expected a text column; found {Describe(column)}", name);
    }

    /// <summary>The column's type in words, e.g. <c>text (String)</c> or <c>numeric (Int32)</c>.</summary>
    public static string Describe(DataFrameColumn column) =>
        IsText(column) ? "text (String)" : IsNumeric(column) ? $"numeric ({column.DataType.Name})" : $"{column.DataType.Name}";

    /// <summary>
    /// The values as doubles, <c>null</c> where missing. NaN and infinities are errors: missing values are nulls, and a
    /// <see cref="DeclareMissing"/> step with <c>nonFinite</c> turns NaN and infinities into them.
    /// </summary>
    public static double?[] ReadNumbers(DataFrameColumn column, StepContext context)
    {
        var values = new double?[column.Length];
        for (long row = 0; row < column.Length; row++)
        {
            var value = ToDouble(column[row]);
            if (value is { } number && !double.IsFinite(number))
            {
                throw NonFinite(column.Name, row, number, context);
            }

            values[row] = value;
        }

        return values;
    }

    public static string?[] ReadText(DataFrameColumn column)
    {
        var values = new string?[column.Length];
        for (long row = 0; row < column.Length; row++)
        {
            values[row] = (string?)column[row];
        }

        return values;
    }

    public static double? ToDouble(object? value) => value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    public static PreparationException NonFinite(string column, long row, double value, StepContext context) =>
        context.Error(
            $"found {ValueText.Number(value)}; missing values must be nulls (a declareMissing step with \"nonFinite\": true declares NaN and infinities missing)",
            column,
            row);

    /// <summary>Whether a value counts as missing; NaN and infinities are errors, as in <see cref="ReadNumbers"/>.</summary>
    public static bool IsMissing(DataFrameColumn column, long row, StepContext context)
    {
        var value = column[row];
        if (value is double d && !double.IsFinite(d))
        {
            throw NonFinite(column.Name, row, d, context);
        }

        if (value is float f && !float.IsFinite(f))
        {
            throw NonFinite(column.Name, row, f, context);
        }

        return value is null;
    }

    /// <summary>A copy of the frame without the rows at the given positions.</summary>
    public static DataFrame WithoutRows(DataFrame frame, IReadOnlyCollection<long> positions)
    {
        if (positions.Count == 0)
        {
            return frame.Clone();
        }

        var removed = positions.ToHashSet();
        var keep = new BooleanDataFrameColumn("keep", frame.Rows.Count);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            keep[row] = !removed.Contains(row);
        }

        return frame.Filter(keep);
    }

    /// <summary>A copy of the frame with one column replaced by another (same position).</summary>
    public static DataFrame Replace(DataFrame frame, string name, DataFrameColumn replacement)
    {
        var output = frame.Clone();
        output.Columns[output.Columns.IndexOf(name)] = replacement;
        return output;
    }

    public static PreparationException Exists(string name, StepContext context) =>
        context.Error("the column to be added already exists; rename it or drop it first", name);
}
