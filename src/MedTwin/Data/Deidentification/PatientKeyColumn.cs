using System.Globalization;

namespace MedTwin.Data.Deidentification;

/// <summary>A table's patient key column, read as invariant text per row (missing where the key is missing or the table has none).</summary>
internal static class PatientKeyColumn
{
    public static string? NameOf(DeidentificationTable table) =>
        table.Roles.Where(r => r.Value == ColumnRole.PatientKey).Select(r => r.Key).SingleOrDefault();

    public static string?[] Read(DeidentificationTable table)
    {
        if (NameOf(table) is not { } name)
        {
            return new string?[table.Frame.Rows.Count];
        }

        var column = table.Frame.Columns[name];
        return [.. Enumerable.Range(0, (int)column.Length).Select(i => column[i] is { } key ? Convert.ToString(key, CultureInfo.InvariantCulture) : null)];
    }
}
