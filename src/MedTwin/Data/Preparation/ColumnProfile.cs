using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>Missing values, and for numeric columns the minimum, maximum and mean of the observed finite values.</summary>
internal sealed record ColumnProfile(long Missing, double? Min, double? Max, double? Mean)
{
    public static ColumnProfile Of(DataFrameColumn column)
    {
        if (!FrameColumns.IsNumeric(column))
        {
            return new ColumnProfile(column.NullCount, null, null, null);
        }

        var values = new List<double>();
        for (long row = 0; row < column.Length; row++)
        {
            if (FrameColumns.ToDouble(column[row]) is { } value && double.IsFinite(value))
            {
                values.Add(value);
            }
        }

        return values.Count == 0
            ? new ColumnProfile(column.NullCount, null, null, null)
            : new ColumnProfile(column.NullCount, values.Min(), values.Max(), Statistics.Mean(values));
    }
}
