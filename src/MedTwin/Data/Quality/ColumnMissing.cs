using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Quality;

/// <summary>
/// Which rows of one column are missing: empty (null, or NaN in a floating-point column) or equal to a declared sentinel.
/// Computed for the report only; the column is not changed.
/// </summary>
internal sealed class ColumnMissing
{
    private ColumnMissing(string column, bool[] missing, int empty, int sentinel)
    {
        Column = column;
        Missing = missing;
        Empty = empty;
        Sentinel = sentinel;
    }

    public string Column { get; }

    public bool[] Missing { get; }

    public int Empty { get; }

    public int Sentinel { get; }

    public int Count => Empty + Sentinel;

    public static ColumnMissing Of(DataFrameColumn column, IReadOnlyCollection<double> sentinels)
    {
        var rows = checked((int)column.Length);
        var missing = new bool[rows];
        int empty = 0, sentinel = 0;
        var numeric = column.IsNumericColumn();
        for (var row = 0; row < rows; row++)
        {
            var value = column[row];
            if (value is null || value is double.NaN || value is float.NaN)
            {
                missing[row] = true;
                empty++;
            }
            else if (numeric && sentinels.Count > 0 && sentinels.Contains(Convert.ToDouble(value, CultureInfo.InvariantCulture)))
            {
                missing[row] = true;
                sentinel++;
            }
        }

        return new ColumnMissing(column.Name, missing, empty, sentinel);
    }
}
