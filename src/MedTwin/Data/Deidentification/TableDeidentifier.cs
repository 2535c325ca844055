using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Deidentification;

/// <summary>
/// De-identifies one table, column by column in the input's order; identifier columns are left out, and each
/// birth-date column is followed by its "90 or older" flag. Rows are then ordered by pseudonym (stable), so the
/// output's order says nothing about the original keys.
/// </summary>
internal sealed class TableDeidentifier(DeidentificationTable table, DeidentificationContext context)
{
    private readonly List<DeidentificationChange> changes = [];
    private readonly string?[] keys = PatientKeyColumn.Read(table);

    public IReadOnlyList<DeidentificationChange> Changes => changes;

    public DataFrame Apply()
    {
        var columns = new List<DataFrameColumn>();
        foreach (var column in table.Frame.Columns)
        {
            switch (table.Roles[column.Name])
            {
                case ColumnRole.PatientKey:
                    columns.Add(new StringDataFrameColumn(column.Name, keys.Select(k => k is null ? null : context.Pseudonyms.Of(k))));
                    Record(column.Name, DeidentificationRule.ReplacedPatientKey, keys.Count(k => k is not null));
                    break;
                case ColumnRole.Identifier:
                    Record(column.Name, DeidentificationRule.RemovedIdentifierColumn, (int)(column.Length - column.NullCount));
                    break;
                case ColumnRole.Date:
                    columns.Add(Dates((PrimitiveDataFrameColumn<DateTime>)column, suppress: null));
                    break;
                case ColumnRole.BirthDate:
                    var birth = (PrimitiveDataFrameColumn<DateTime>)column;
                    var old = Enumerable.Range(0, (int)birth.Length)
                        .Select(i => birth[i] is { } b ? AgeFlags.CompletedYears(b, context.AgeReference(keys[i])) >= AgeFlags.Cap : (bool?)null)
                        .ToArray();
                    columns.Add(Dates(birth, old));
                    columns.Add(new BooleanDataFrameColumn(AgeFlags.ColumnName(column.Name), old));
                    break;
                case ColumnRole.Age:
                    columns.Add(CapAges(column));
                    break;
                case ColumnRole.PostalCode:
                    columns.Add(PostalCodes((StringDataFrameColumn)column));
                    break;
                default:
                    columns.Add(column.Clone());
                    Record(column.Name, DeidentificationRule.KeptAsDeclared, (int)(column.Length - column.NullCount));
                    break;
            }
        }

        return OrderByPseudonym(columns);
    }

    private DataFrameColumn Dates(PrimitiveDataFrameColumn<DateTime> column, bool?[]? suppress)
    {
        var values = new DateTime?[column.Length];
        var (changed, withoutPatient, suppressed) = (0, 0, 0);
        for (var i = 0; i < values.Length; i++)
        {
            if (column[i] is not { } date)
            {
                continue;
            }

            if (suppress?[i] == true)
            {
                suppressed++;
                continue;
            }

            if (context.Options.Dates == DateHandling.GeneraliseToYear)
            {
                values[i] = date;
                changed++;
            }
            else if (keys[i] is { } key)
            {
                values[i] = Shift(date, context.Shifts.DaysFor(key), column.Name, i);
                changed++;
            }
            else
            {
                withoutPatient++;
            }
        }

        if (suppress is not null)
        {
            Record(column.Name, DeidentificationRule.RemovedBirthDate90OrOlder, suppressed);
        }

        if (context.Options.Dates == DateHandling.GeneraliseToYear)
        {
            Record(column.Name, DeidentificationRule.GeneralisedDateToYear, changed);
            return new Int32DataFrameColumn(column.Name, values.Select(v => v?.Year));
        }

        Record(column.Name, DeidentificationRule.ShiftedDate, changed);
        Record(column.Name, DeidentificationRule.RemovedDateWithoutPatient, withoutPatient);
        return new DateTimeDataFrameColumn(column.Name, values);
    }

    private DateTime Shift(DateTime date, int days, string column, int row)
    {
        var ticks = date.Ticks + (days * TimeSpan.TicksPerDay);
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            throw new ArgumentException(
                $"Table '{table.Name}' column '{column}' row {row.ToString(CultureInfo.InvariantCulture)}: the date {date.ToString("O", CultureInfo.InvariantCulture)} cannot be shifted within the calendar.",
                nameof(column));
        }

        return new DateTime(ticks, date.Kind);
    }

    private DataFrameColumn CapAges(DataFrameColumn column)
    {
        var capped = column.Clone();
        var count = 0;
        for (long i = 0; i < capped.Length; i++)
        {
            if (capped[i] is { } age && Convert.ToDouble(age, CultureInfo.InvariantCulture) >= AgeFlags.Cap)
            {
                capped[i] = Convert.ChangeType(AgeFlags.Cap, column.DataType, CultureInfo.InvariantCulture);
                count++;
            }
        }

        Record(column.Name, DeidentificationRule.CappedAge90OrOlder, count);
        return capped;
    }

    private StringDataFrameColumn PostalCodes(StringDataFrameColumn column)
    {
        var counts = new Dictionary<DeidentificationRule, int>
        {
            [DeidentificationRule.TruncatedPostalCode] = 0,
            [DeidentificationRule.ReplacedRestrictedPostalCode] = 0,
            [DeidentificationRule.RemovedUnrecognisedPostalCode] = 0,
        };
        var values = new string?[column.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (column[i] is { } zip)
            {
                (values[i], var rule) = Deidentification.PostalCodes.Generalise(zip);
                counts[rule]++;
            }
        }

        foreach (var (rule, count) in counts)
        {
            Record(column.Name, rule, count);
        }

        return new StringDataFrameColumn(column.Name, values);
    }

    private DataFrame OrderByPseudonym(List<DataFrameColumn> columns)
    {
        // Cloning through an empty map fails in Microsoft.Data.Analysis, and one row needs no ordering.
        if (PatientKeyColumn.NameOf(table) is not { } key || table.Frame.Rows.Count < 2)
        {
            return new DataFrame(columns);
        }

        var pseudonyms = (StringDataFrameColumn)columns.Single(c => c.Name == key);
        var order = Enumerable.Range(0, (int)pseudonyms.Length).OrderBy(i => pseudonyms[i], StringComparer.Ordinal).Select(i => (long)i);
        var map = new Int64DataFrameColumn("order", order);
        return new DataFrame(columns.Select(c => c.Clone(map)));
    }

    private void Record(string column, DeidentificationRule rule, int count) =>
        changes.Add(new DeidentificationChange(table.Name, column, rule, count));
}
