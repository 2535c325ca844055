using MedTwin.Data.Fhir;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Deidentification;

/// <summary>
/// De-identification by HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)): direct identifiers removed, patient keys
/// replaced by seeded pseudonyms, dates shifted per patient or cut to the year, birth dates of patients aged 90 or older
/// removed and ages capped at 90 ("90 or older"), ZIP codes cut to three digits (000 where the area has 20,000 people
/// or fewer). Tables de-identified in one call share pseudonyms and date shifts, so they still join. Free text in kept
/// columns is not searched: declaring a column <see cref="ColumnRole.Keep"/> asserts it holds no identifier.
/// </summary>
public static class SafeHarbor
{
    /// <summary>De-identifies tables together; the inputs are not changed.</summary>
    /// <exception cref="ArgumentException">A column has no role or the wrong type for it, a role names no column, or the options are incomplete.</exception>
    public static DeidentificationResult Deidentify(IEnumerable<DeidentificationTable> tables, DeidentificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var list = tables.ToArray();
        DeidentificationInput.Check(list, options);
        var context = new DeidentificationContext(options, new PatientPseudonyms(AllKeys(list), options.Seed), new DateShifts(options.Seed, options.MaxShiftDays), LatestDates(list));
        var changes = new List<DeidentificationChange>();
        var outputs = new List<(string, DataFrame)>();
        foreach (var table in list)
        {
            var deidentifier = new TableDeidentifier(table, context);
            outputs.Add((table.Name, deidentifier.Apply()));
            changes.AddRange(deidentifier.Changes);
        }

        return new DeidentificationResult(outputs, new DeidentificationReport(options, changes));
    }

    /// <summary>De-identifies the two tables of a FHIR import, named <see cref="FhirColumnRoles.PatientsTable"/> and <see cref="FhirColumnRoles.ObservationsTable"/>.</summary>
    public static DeidentificationResult Deidentify(FhirImport import, DeidentificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(import);
        return Deidentify(
            [
                new DeidentificationTable(FhirColumnRoles.PatientsTable, import.Patients, FhirColumnRoles.Patients),
                new DeidentificationTable(FhirColumnRoles.ObservationsTable, import.Observations, FhirColumnRoles.Observations),
            ],
            options);
    }

    private static IEnumerable<string> AllKeys(IEnumerable<DeidentificationTable> tables) =>
        tables.SelectMany(PatientKeyColumn.Read).OfType<string>();

    /// <summary>Each patient's latest date in any <see cref="ColumnRole.Date"/> column, for the age check.</summary>
    private static Dictionary<string, DateTime> LatestDates(IEnumerable<DeidentificationTable> tables)
    {
        var latest = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var keys = PatientKeyColumn.Read(table);
            foreach (var date in table.Roles.Where(r => r.Value == ColumnRole.Date).Select(r => (PrimitiveDataFrameColumn<DateTime>)table.Frame.Columns[r.Key]))
            {
                for (long i = 0; i < date.Length; i++)
                {
                    if (keys[i] is { } patient && date[i] is { } d)
                    {
                        if (!latest.TryGetValue(patient, out var seen) || d > seen)
                        {
                            latest[patient] = d;
                        }
                    }
                }
            }
        }

        return latest;
    }
}
