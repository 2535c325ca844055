using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Fhir;

/// <summary>
/// Spreads the tidy observations table (<see cref="FhirImport.Observations"/>) wide: one column per code and unit,
/// named <c>code [unit]</c> (e.g. <c>8867-4 [/min]</c>), so values in different units never share a column. Every
/// code is kept, unknown ones included; columns are ordered by code, then unit (ordinal).
/// </summary>
public static class ObservationPivot
{
    /// <summary>One row per patient (ordered as the table, missing patient first): each code's values aggregated.</summary>
    public static DataFrame PerPatient(DataFrame observations, ObservationAggregate aggregate = ObservationAggregate.Latest)
    {
        var rows = PivotRows.Read(observations);
        var patients = rows.Select(r => r.Patient).Distinct().Order(StringComparer.Ordinal).ToArray();
        var cells = rows.ToLookup(r => (r.Patient, r.Key));
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn(FhirObservationColumns.Patient, patients) };
        columns.AddRange(PivotKey.Columns(rows).Select(key =>
            Build(key.Name, aggregate, patients.Select(p => cells[(p, key.Key)].ToArray()))));
        return new DataFrame(columns);
    }

    /// <summary>
    /// One row per patient and time (ordered by patient, then time, missing first), one column per code and unit.
    /// Two values of one code at one patient and time are an error unless <paramref name="duplicates"/> says how to
    /// combine them (Latest and Earliest then take the last and first in the table's order).
    /// </summary>
    /// <exception cref="InvalidOperationException">A cell has two values and no aggregate was given.</exception>
    public static DataFrame PerPatientTime(DataFrame observations, ObservationAggregate? duplicates = null)
    {
        var rows = PivotRows.Read(observations);
        var moments = rows.Select(r => (r.Patient, r.Time)).Distinct()
            .OrderBy(m => m.Patient, StringComparer.Ordinal).ThenBy(m => m.Time).ToArray();
        var cells = rows.ToLookup(r => (r.Patient, r.Time, r.Key));
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn(FhirObservationColumns.Patient, moments.Select(m => m.Patient)),
            new DateTimeDataFrameColumn(FhirObservationColumns.Time, moments.Select(m => m.Time)),
        };
        foreach (var key in PivotKey.Columns(rows))
        {
            var values = moments.Select(m => cells[(m.Patient, m.Time, key.Key)].ToArray()).ToArray();
            if (duplicates is null)
            {
                CheckNoDuplicates(key.Name, moments, values);
            }

            columns.Add(Build(key.Name, duplicates ?? ObservationAggregate.Latest, values));
        }

        return new DataFrame(columns);
    }

    private static void CheckNoDuplicates(string column, (string? Patient, DateTime? Time)[] moments, PivotRow[][] values)
    {
        for (var i = 0; i < moments.Length; i++)
        {
            var count = values[i].Count(v => v.Value is not null);
            if (count > 1)
            {
                var time = moments[i].Time?.ToString("O", CultureInfo.InvariantCulture) ?? "(no time)";
                throw new InvalidOperationException(
                    $"Patient '{moments[i].Patient ?? "(none)"}' has {count} values of '{column}' at {time}; pass an aggregate to combine duplicates.");
            }
        }
    }

    private static DataFrameColumn Build(string name, ObservationAggregate aggregate, IEnumerable<PivotRow[]> cells) => aggregate switch
    {
        ObservationAggregate.Count => new Int32DataFrameColumn(name, cells.Select(c => (int?)c.Count(r => r.Value is not null))),
        ObservationAggregate.Latest or ObservationAggregate.Earliest or ObservationAggregate.Mean or ObservationAggregate.Min or ObservationAggregate.Max
            => new DoubleDataFrameColumn(name, cells.Select(c => Aggregate(c, aggregate))),
        _ => throw new ArgumentOutOfRangeException(nameof(aggregate), aggregate, "Not an aggregate."),
    };

    private static double? Aggregate(PivotRow[] cell, ObservationAggregate aggregate)
    {
        var present = cell.Where(r => r.Value is not null).ToArray();
        if (present.Length == 0)
        {
            return null;
        }

        // Untimed values are chosen by Latest and Earliest only when no value has a time.
        var timed = present.Where(r => r.Time is not null).ToArray();
        var ordered = timed.Length > 0 ? timed : present;
        return aggregate switch
        {
            ObservationAggregate.Latest => ordered.Last(r => r.Time == ordered.Max(t => t.Time)).Value,
            ObservationAggregate.Earliest => ordered.First(r => r.Time == ordered.Min(t => t.Time)).Value,
            ObservationAggregate.Mean => present.Average(r => r.Value!.Value),
            ObservationAggregate.Min => present.Min(r => r.Value!.Value),
            ObservationAggregate.Max => present.Max(r => r.Value!.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(aggregate), aggregate, "Not a value aggregate."),
        };
    }
}
