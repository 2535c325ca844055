using Microsoft.Data.Analysis;

namespace MedTwin.Data.Deidentification;

/// <summary>Checks tables and options before anything is done, so bad input fails with a message naming the table and column.</summary>
internal static class DeidentificationInput
{
    private static readonly HashSet<Type> NumericTypes =
        [typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal)];

    public static void Check(IReadOnlyList<DeidentificationTable> tables, DeidentificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Dates))
        {
            throw new ArgumentException($"Dates is {(int)options.Dates}, which is not a {nameof(DateHandling)}.", nameof(options));
        }

        if (options.MaxShiftDays is < 1 or > DeidentificationOptions.MaxShiftDaysLimit)
        {
            throw new ArgumentException(
                $"MaxShiftDays is {options.MaxShiftDays}; expected 1 to {DeidentificationOptions.MaxShiftDaysLimit} days.", nameof(options));
        }

        if (tables.Count == 0)
        {
            throw new ArgumentException("No tables were given to de-identify.", nameof(tables));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            ArgumentNullException.ThrowIfNull(table, nameof(tables));
            if (string.IsNullOrWhiteSpace(table.Name) || !names.Add(table.Name))
            {
                throw new ArgumentException($"Table names must be non-empty and unique; '{table.Name}' is not.", nameof(tables));
            }

            CheckTable(table, options);
        }
    }

    private static void CheckTable(DeidentificationTable table, DeidentificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(table.Frame, nameof(table));
        ArgumentNullException.ThrowIfNull(table.Roles, nameof(table));
        var columns = table.Frame.Columns.Select(c => c.Name).ToArray();
        if (columns.Length == 0)
        {
            throw new ArgumentException($"Table '{table.Name}' has no columns.", nameof(table));
        }

        foreach (var declared in table.Roles.Keys.Order(StringComparer.Ordinal))
        {
            if (!columns.Contains(declared, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"Table '{table.Name}' declares a role for '{declared}', which is not one of its columns: {string.Join(", ", columns)}.", nameof(table));
            }
        }

        foreach (var column in table.Frame.Columns)
        {
            if (!table.Roles.TryGetValue(column.Name, out var role))
            {
                throw new ArgumentException(
                    $"Table '{table.Name}' column '{column.Name}' has no declared role; declare one of {string.Join(", ", Enum.GetNames<ColumnRole>())} for every column, so none passes through unexamined.",
                    nameof(table));
            }

            CheckColumn(table.Name, column, role);
        }

        var keys = table.Roles.Count(r => r.Value == ColumnRole.PatientKey);
        if (keys > 1)
        {
            throw new ArgumentException($"Table '{table.Name}' declares {keys} PatientKey columns; a table has at most one.", nameof(table));
        }

        var hasDates = table.Roles.Values.Any(r => r is ColumnRole.Date or ColumnRole.BirthDate);
        if (hasDates && keys == 0 && options.Dates == DateHandling.ShiftPerPatient)
        {
            throw new ArgumentException(
                $"Table '{table.Name}' has date columns but no PatientKey column, so its dates cannot be shifted per patient; declare the patient column or generalise dates to the year.",
                nameof(table));
        }

        if (table.Roles.Values.Contains(ColumnRole.BirthDate) && options.AgeReferenceDate is null)
        {
            throw new ArgumentException(
                $"Table '{table.Name}' has a BirthDate column, so ages must be checked against 90: set {nameof(DeidentificationOptions.AgeReferenceDate)} (e.g. the extraction date).",
                nameof(options));
        }

        foreach (var birth in table.Roles.Where(r => r.Value == ColumnRole.BirthDate).Select(r => r.Key))
        {
            var flag = AgeFlags.ColumnName(birth);
            if (columns.Contains(flag, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Table '{table.Name}' already has a column '{flag}', the name of the flag added for '{birth}'.", nameof(table));
            }
        }
    }

    private static void CheckColumn(string table, DataFrameColumn column, ColumnRole role)
    {
        var expected = role switch
        {
            ColumnRole.Date or ColumnRole.BirthDate => column is PrimitiveDataFrameColumn<DateTime> ? null : "date-times (a DateTime column)",
            ColumnRole.Age => NumericTypes.Contains(column.DataType) ? null : "numbers",
            ColumnRole.PostalCode => column is StringDataFrameColumn ? null : "text (a string column)",
            ColumnRole.PatientKey or ColumnRole.Identifier or ColumnRole.Keep => null,
            _ => throw new ArgumentException(
                $"Table '{table}' column '{column.Name}' has role {(int)role}, which is not a {nameof(ColumnRole)}; expected one of {string.Join(", ", Enum.GetNames<ColumnRole>())}.",
                nameof(role)),
        };
        if (expected is not null)
        {
            throw new ArgumentException($"Table '{table}' column '{column.Name}' has role {role}, which needs {expected}; it holds {column.DataType.Name}.", nameof(column));
        }
    }
}
