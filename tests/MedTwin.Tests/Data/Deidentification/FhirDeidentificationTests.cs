using System.Text.RegularExpressions;
using MedTwin.Data.Deidentification;
using MedTwin.Data.Fhir;
using MedTwin.Tests.Data.Fhir;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Deidentification;

/// <summary>Safe Harbor de-identification of the synthetic FHIR fixture's two tables.</summary>
public sealed partial class FhirDeidentificationTests
{
    private static readonly FhirImport Import = FhirFixture.Import;
    private static readonly DateTime Extraction = new(2024, 3, 10, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DeidentificationOptions Options = new() { Seed = 20240310, AgeReferenceDate = Extraction };
    private static readonly DeidentificationResult Result = SafeHarbor.Deidentify(Import, Options);

    [Fact]
    public void No_identifier_value_of_the_input_survives_in_any_cell_of_the_output()
    {
        var identifiers = InputIdentifiers().ToArray();
        Assert.Contains("Testwell", identifiers);
        Assert.Contains("MRN-FTV-100001", identifiers);

        var cells = OutputCells().ToArray();
        foreach (var identifier in identifiers)
        {
            Assert.DoesNotContain(cells, cell => cell.Contains(identifier, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void No_cell_of_the_output_looks_like_a_name_phone_number_email_or_record_number()
    {
        var names = Import.Patients[FhirPatientColumns.Name].Cast<string>().SelectMany(n => n.Split(' ')).ToArray();

        foreach (var cell in OutputCells())
        {
            Assert.DoesNotMatch(EmailPattern(), cell);
            Assert.DoesNotMatch(PhonePattern(), cell);
            Assert.DoesNotMatch(SsnPattern(), cell);
            Assert.DoesNotContain("MRN", cell, StringComparison.Ordinal);
            Assert.DoesNotContain(names, name => cell.Contains(name, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Identifier_columns_are_removed_and_a_flag_follows_the_birth_date()
    {
        Assert.Equal(
            ["patient", "birth_date", "birth_date_90_or_older", "gender", "state", "postal_code", "country"],
            Result[FhirColumnRoles.PatientsTable].Columns.Select(c => c.Name));
        Assert.Equal(
            ["patient", "patient_known", "time", "panel", "code_system", "code", "display", "value", "unit", "status"],
            Result[FhirColumnRoles.ObservationsTable].Columns.Select(c => c.Name));
    }

    [Fact]
    public void Zip_codes_keep_three_digits_restricted_areas_become_000_and_foreign_codes_are_removed()
    {
        var patients = Result[FhirColumnRoles.PatientsTable];
        var zips = patients["postal_code"].Cast<string?>().Order(StringComparer.Ordinal).ToArray();

        // 02139-4307, 03601 (restricted 036), 10001, 55612 (restricted 556), 90210, SW1A 1AA.
        Assert.Equal(new string?[] { null, "000", "000", "021", "100", "902" }.AsEnumerable(), zips);
        Assert.Equal(3, Result.Report.Count(DeidentificationRule.TruncatedPostalCode));
        Assert.Equal(2, Result.Report.Count(DeidentificationRule.ReplacedRestrictedPostalCode));
        Assert.Equal(1, Result.Report.Count(DeidentificationRule.RemovedUnrecognisedPostalCode));
    }

    [Fact]
    public void The_birth_date_of_the_patient_aged_90_or_older_is_removed_and_flagged()
    {
        var patients = Result[FhirColumnRoles.PatientsTable];
        var flagged = Enumerable.Range(0, (int)patients.Rows.Count).Where(i => (bool?)patients["birth_date_90_or_older"][i] == true).ToArray();

        var old = Assert.Single(flagged);
        Assert.Null(patients["birth_date"][old]);
        Assert.Equal(5, patients["birth_date"].Length - patients["birth_date"].NullCount);
        Assert.Equal(1, Result.Report.Count(DeidentificationRule.RemovedBirthDate90OrOlder));
        Assert.Equal(5, Result.Report.Count(DeidentificationRule.ShiftedDate) - 43);
    }

    [Fact]
    public void The_report_counts_every_rule_per_column()
    {
        var report = Result.Report;

        Assert.Equal(
            [
                "patients.patient: ReplacedPatientKey 6",
                "patients.name: RemovedIdentifierColumn 6",
                "patients.birth_date: RemovedBirthDate90OrOlder 1",
                "patients.birth_date: ShiftedDate 5",
                "patients.birth_date: RemovedDateWithoutPatient 0",
                "patients.gender: KeptAsDeclared 6",
                "patients.address_line: RemovedIdentifierColumn 6",
                "patients.city: RemovedIdentifierColumn 6",
                "patients.state: KeptAsDeclared 5",
                "patients.postal_code: TruncatedPostalCode 3",
                "patients.postal_code: ReplacedRestrictedPostalCode 2",
                "patients.postal_code: RemovedUnrecognisedPostalCode 1",
                "patients.country: KeptAsDeclared 6",
                "patients.phone: RemovedIdentifierColumn 5",
                "patients.email: RemovedIdentifierColumn 5",
                "patients.identifiers: RemovedIdentifierColumn 6",
                "observations.observation: RemovedIdentifierColumn 43",
                "observations.patient: ReplacedPatientKey 43",
                "observations.patient_known: KeptAsDeclared 43",
                "observations.time: ShiftedDate 43",
                "observations.time: RemovedDateWithoutPatient 0",
                "observations.panel: KeptAsDeclared 8",
                "observations.code_system: KeptAsDeclared 43",
                "observations.code: KeptAsDeclared 43",
                "observations.display: KeptAsDeclared 43",
                "observations.value: KeptAsDeclared 42",
                "observations.unit: KeptAsDeclared 43",
                "observations.status: KeptAsDeclared 43",
            ],
            report.Changes.Select(c => c.ToString()));
        Assert.StartsWith(
            "HIPAA Safe Harbor de-identification (45 CFR 164.514(b)(2)); dates: shifted per patient by 1 to 365 days, earlier or later; ages at 2024-03-10 or the patient's latest date\n",
            report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_output()
    {
        var again = SafeHarbor.Deidentify(FhirBundleReader.ReadFile(FhirFixture.Path), Options with { });

        Assert.Equal(FrameText.Of(Result[FhirColumnRoles.PatientsTable]), FrameText.Of(again[FhirColumnRoles.PatientsTable]));
        Assert.Equal(FrameText.Of(Result[FhirColumnRoles.ObservationsTable]), FrameText.Of(again[FhirColumnRoles.ObservationsTable]));
        Assert.Equal(Result.Report.ToString(), again.Report.ToString());
    }

    [Fact]
    public void Another_seed_gives_different_date_shifts()
    {
        var other = SafeHarbor.Deidentify(Import, Options with { Seed = 7 });

        Assert.NotEqual(Times(Result), Times(other));
        Assert.Equal(Result.Report.ToString(), other.Report.ToString());
    }

    [Fact]
    public void Intervals_between_a_patients_observation_times_are_kept()
    {
        Assert.Equal(IntervalsByPatient(Import.Observations), IntervalsByPatient(Result[FhirColumnRoles.ObservationsTable]));
    }

    [Fact]
    public void Every_date_moves_and_none_of_the_input_dates_appears_in_the_output()
    {
        var input = Import.Observations["time"].Cast<DateTime?>().Concat(Import.Patients["birth_date"].Cast<DateTime?>()).OfType<DateTime>().ToHashSet();
        var output = Result[FhirColumnRoles.ObservationsTable]["time"].Cast<DateTime?>().Concat(Result[FhirColumnRoles.PatientsTable]["birth_date"].Cast<DateTime?>()).OfType<DateTime>();

        Assert.DoesNotContain(output, input.Contains);
    }

    [Fact]
    public void Pseudonyms_join_the_tables_and_keep_each_patients_number_of_rows()
    {
        var patients = Result[FhirColumnRoles.PatientsTable]["patient"].Cast<string>().ToArray();
        var observations = Result[FhirColumnRoles.ObservationsTable]["patient"].Cast<string>().ToArray();

        Assert.All(patients, p => Assert.Matches("^patient-00[1-7]$", p));
        Assert.Equal(patients.Order(StringComparer.Ordinal), patients);
        Assert.Single(observations.Distinct().Except(patients));
        Assert.Equal(
            Import.Observations["patient"].Cast<string>().GroupBy(p => p).Select(g => g.Count()).Order(),
            observations.GroupBy(p => p).Select(g => g.Count()).Order());
    }

    [Fact]
    public void Generalising_dates_to_the_year_gives_integer_years_and_still_removes_the_oldest_birth_date()
    {
        var result = SafeHarbor.Deidentify(Import, Options with { Dates = DateHandling.GeneraliseToYear });
        var patients = result[FhirColumnRoles.PatientsTable];

        Assert.IsType<Int32DataFrameColumn>(result[FhirColumnRoles.ObservationsTable]["time"]);
        Assert.All(result[FhirColumnRoles.ObservationsTable]["time"].Cast<int?>(), year => Assert.Equal(2024, year));
        Assert.Equal([null, 1958, 1971, 1985, 1990, 2001], patients["birth_date"].Cast<int?>().Order());
        Assert.Equal(48, result.Report.Count(DeidentificationRule.GeneralisedDateToYear));
        Assert.Equal(0, result.Report.Count(DeidentificationRule.ShiftedDate));
    }

    [Fact]
    public void The_input_tables_are_not_changed()
    {
        var before = FrameText.Of(Import.Patients) + FrameText.Of(Import.Observations);

        SafeHarbor.Deidentify(Import, Options with { Seed = 99 });

        Assert.Equal(before, FrameText.Of(Import.Patients) + FrameText.Of(Import.Observations));
    }

    private static IEnumerable<string> InputIdentifiers()
    {
        var patients = Import.Patients;
        string[] direct = ["patient", "name", "address_line", "city", "phone", "email", "identifiers"];
        foreach (var column in direct)
        {
            foreach (var value in patients[column].Cast<string?>().OfType<string>())
            {
                yield return value;
                foreach (var part in value.Split(["; ", "|", ", ", " "], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 4 && !p.StartsWith("http", StringComparison.Ordinal)))
                {
                    yield return part;
                }
            }
        }

        foreach (var zip in patients["postal_code"].Cast<string>())
        {
            yield return zip;
        }

        foreach (var birth in patients["birth_date"].Cast<DateTime?>().OfType<DateTime>())
        {
            yield return birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var id in Import.Observations["observation"].Cast<string>())
        {
            yield return id;
        }
    }

    private static IEnumerable<string> OutputCells() =>
        Result.TableNames.SelectMany(name => FrameText.Cells(Result[name]).Append(string.Join(",", Result[name].Columns.Select(c => c.Name))));

    private static DateTime?[] Times(DeidentificationResult result) =>
        [.. result[FhirColumnRoles.ObservationsTable]["time"].Cast<DateTime?>()];

    /// <summary>Each patient's gaps between consecutive observation times, as a set of sequences (patients unnamed).</summary>
    private static string[] IntervalsByPatient(DataFrame observations) =>
    [
        .. Enumerable.Range(0, (int)observations.Rows.Count)
            .GroupBy(i => (string)observations["patient"][i])
            .Select(g => string.Join(",", g.Select(i => (DateTime)observations["time"][i]!).Order().Pairwise().Select(p => (p.Item2 - p.Item1).TotalMinutes)))
            .Order(StringComparer.Ordinal),
    ];

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\+[0-9]{1,3}( [0-9]{2,4}){2,4}|\b[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{4}\b")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b[0-9]{3}-[0-9]{2}-[0-9]{4}\b")]
    private static partial Regex SsnPattern();
}

internal static class PairwiseExtensions
{
    public static IEnumerable<(T, T)> Pairwise<T>(this IEnumerable<T> source) => source.Zip(source.Skip(1));
}
