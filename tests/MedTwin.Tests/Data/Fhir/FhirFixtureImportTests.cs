using MedTwin.Data.Fhir;
using Microsoft.Data.Analysis;
using Columns = MedTwin.Data.Fhir.FhirObservationColumns;

namespace MedTwin.Tests.Data.Fhir;

/// <summary>The synthetic bundle in Fixtures/: what lands in the tables and what is reported.</summary>
public sealed class FhirFixtureImportTests
{
    private static readonly FhirImport Import = FhirFixture.Import;
    private static readonly DataFrame Observations = Import.Observations;

    [Fact]
    public void Every_patient_and_observation_is_imported_with_one_row_per_value_and_per_component()
    {
        Assert.Equal(45, Import.Report.Entries);
        Assert.Equal(6, Import.Report.Patients);
        Assert.Equal(39, Import.Report.Observations);
        // 39 observations, of which 4 blood-pressure panels give two component rows each instead of one row.
        Assert.Equal(43, Import.Report.ObservationRows);
        Assert.Equal(43, Observations.Rows.Count);
        Assert.Equal(6, Import.Patients.Rows.Count);
        Assert.Equal(Columns.All, Observations.Columns.Select(c => c.Name));
        Assert.Equal(FhirPatientColumns.All, Import.Patients.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Times_with_an_offset_are_converted_to_utc()
    {
        var row = Row("obs-1");

        Assert.Equal(new DateTime(2024, 3, 4, 13, 30, 0, DateTimeKind.Utc), row[Columns.Time]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)row[Columns.Time]!).Kind);
        Assert.Equal("ftv-aurora", row[Columns.Patient]);
        Assert.Equal("http://loinc.org", row[Columns.CodeSystem]);
        Assert.Equal("8867-4", row[Columns.Code]);
        Assert.Equal("Heart rate", row[Columns.Display]);
        Assert.Equal(72.0, row[Columns.Value]);
        Assert.Equal("/min", row[Columns.Unit]);
        Assert.Equal("final", row[Columns.Status]);
        Assert.Equal(true, row[Columns.PatientKnown]);
        Assert.Null(row[Columns.Panel]);
    }

    [Fact]
    public void Effective_period_start_and_effective_instant_give_the_time()
    {
        Assert.Equal(new DateTime(2024, 3, 9, 16, 0, 0, DateTimeKind.Utc), Row("obs-37")[Columns.Time]);
        Assert.Equal(new DateTime(2024, 3, 9, 16, 20, 30, 250, DateTimeKind.Utc), Row("obs-38")[Columns.Time]);
    }

    [Fact]
    public void A_blood_pressure_panel_becomes_one_row_per_component_naming_the_panel()
    {
        var rows = Rows("obs-10");

        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Equal("85354-9", r[Columns.Panel]));
        Assert.All(rows, r => Assert.Equal("mm[Hg]", r[Columns.Unit]));
        Assert.Equal(["8462-4", "8480-6"], rows.Select(r => (string)r[Columns.Code]!));
        Assert.Equal([82.0, 128.0], rows.Select(r => (double)r[Columns.Value]!));
        Assert.Equal("Systolic blood pressure", rows[1][Columns.Display]);
    }

    [Fact]
    public void An_unknown_local_code_is_kept_with_its_system_and_unit()
    {
        var row = Row("obs-26");

        Assert.Equal("pain-score-local", row[Columns.Code]);
        Assert.Equal("https://example.org/fhir/CodeSystem/ward-local-codes", row[Columns.CodeSystem]);
        Assert.Equal(3.0, row[Columns.Value]);
        Assert.Equal("{score}", row[Columns.Unit]);
    }

    [Fact]
    public void The_malformed_observation_is_reported_with_its_id_and_json_path_and_kept_with_a_missing_value()
    {
        var issue = Assert.Single(Import.Report.Of(FhirIssueKind.Malformed));

        Assert.Equal("Observation/obs-7: valueQuantity.value: expected a number, found \"high\"", issue.ToString());
        Assert.Equal(12, issue.Entry);
        var row = Row("obs-7");
        Assert.Null(row[Columns.Value]);
        Assert.Equal("8867-4", row[Columns.Code]);
        Assert.Equal("ftv-evangeline", row[Columns.Patient]);
    }

    [Fact]
    public void Values_in_different_units_are_kept_as_given_and_reported()
    {
        Assert.Equal((104.0, "mg/dL"), ValueAndUnit("obs-12"));
        Assert.Equal((6.1, "mmol/L"), ValueAndUnit("obs-19"));
        Assert.Equal((68.4, "kg"), ValueAndUnit("obs-13"));
        Assert.Equal((201.5, "[lb_av]"), ValueAndUnit("obs-21"));
        Assert.Equal((70.0, "[in_i]"), ValueAndUnit("obs-23"));
        var mixed = Import.Report.Of(FhirIssueKind.MixedUnits).Select(i => i.Message).ToArray();
        Assert.Contains(mixed, m => m.StartsWith("code 2345-7 (Glucose [Mass/volume] in Serum or Plasma) has values in 2 units: mg/dL (2), mmol/L (3)", StringComparison.Ordinal));
        Assert.Contains(mixed, m => m.StartsWith("code 29463-7 (Body weight) has values in 2 units: [lb_av] (2), kg (2)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_code_without_the_ucum_system_is_reported_and_kept_as_given()
    {
        Assert.Equal((82.0, "beats/minute"), ValueAndUnit("obs-28"));
        var issue = Assert.Single(Import.Report.Of(FhirIssueKind.NonUcumUnit));
        Assert.Equal("Observation/obs-28", issue.Resource);
        Assert.Equal("valueQuantity.system", issue.Path);
    }

    [Fact]
    public void An_observation_about_a_patient_not_in_the_bundle_is_kept_and_flagged()
    {
        var row = Row("obs-39");

        Assert.Equal("ftv-ghost", row[Columns.Patient]);
        Assert.Equal(false, row[Columns.PatientKnown]);
        Assert.Equal(70.0, row[Columns.Value]);
        var issue = Assert.Single(Import.Report.Of(FhirIssueKind.UnknownSubject));
        Assert.Equal("Observation/obs-39", issue.Resource);
        Assert.Equal(1, Observations[Columns.PatientKnown].Cast<bool?>().Count(known => known == false));
    }

    [Fact]
    public void A_subject_given_as_a_patients_full_url_resolves_to_the_patients_id()
    {
        Assert.Equal("ftv-florian", Row("obs-35")[Columns.Patient]);
        Assert.Equal(true, Row("obs-35")[Columns.PatientKnown]);
    }

    [Fact]
    public void Rows_are_ordered_by_patient_then_time_then_code()
    {
        var keys = Enumerable.Range(0, (int)Observations.Rows.Count)
            .Select(i => ((string?)Observations[Columns.Patient][i], (DateTime?)Observations[Columns.Time][i], (string?)Observations[Columns.Code][i]))
            .ToArray();
        var sorted = keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2).ThenBy(k => k.Item3, StringComparer.Ordinal);

        Assert.Equal(sorted, keys);
        Assert.Equal("obs-12", Observations[Columns.Observation][0]);
    }

    [Fact]
    public void The_patients_table_holds_demographics_contacts_and_identifiers()
    {
        var patients = Import.Patients;
        Assert.Equal(
            ["ftv-aurora", "ftv-bartholomew", "ftv-cordelia", "ftv-desmond", "ftv-evangeline", "ftv-florian"],
            patients[FhirPatientColumns.Patient].Cast<string>());
        var aurora = patients.Rows[0];
        Assert.Equal("Aurora Quill Testwell", aurora[1]);
        Assert.Equal(new DateTime(1958, 7, 14, 0, 0, 0, DateTimeKind.Utc), aurora[2]);
        Assert.Equal("female", aurora[3]);
        Assert.Equal("12 Imaginary Lane, Apt 3", aurora[4]);
        Assert.Equal("02139-4307", aurora[7]);
        Assert.Equal("+1 555 010 0142", aurora[9]);
        Assert.Equal("aurora.testwell@example.org", aurora[10]);
        Assert.Equal("https://example.org/fhir/mrn|MRN-FTV-100001; http://hl7.org/fhir/sid/us-ssn|999-01-0001", aurora[11]);
        Assert.Equal("+1 555 010 0177; +1 555 010 0178", patients.Rows[1][9]);
        Assert.Null(patients.Rows[3][10]);
    }

    [Fact]
    public void The_report_names_the_source_and_lists_every_issue_in_bundle_order()
    {
        var lines = Import.Report.ToString().Split('\n');

        Assert.EndsWith("bundle.json: 45 entries, 6 patients, 39 observations (43 rows), 7 issues", lines[0], StringComparison.Ordinal);
        Assert.Equal("Malformed: Observation/obs-7: valueQuantity.value: expected a number, found \"high\"", lines[1]);
        Assert.Equal(8, lines.Length);
        Assert.Equal(Import.Report.Issues.OrderBy(i => i.Entry ?? int.MaxValue), Import.Report.Issues);
    }

    [Fact]
    public void Importing_the_same_bundle_twice_gives_identical_tables()
    {
        var again = FhirBundleReader.ReadFile(FhirFixture.Path);

        Assert.Equal(FrameText.Of(Import.Observations), FrameText.Of(again.Observations));
        Assert.Equal(FrameText.Of(Import.Patients), FrameText.Of(again.Patients));
        Assert.Equal(Import.Report.ToString(), again.Report.ToString());
    }

    private static DataFrameRow Row(string observation) => Assert.Single(Rows(observation));

    private static DataFrameRow[] Rows(string observation) =>
        [.. Observations.Rows.Where(r => (string?)r[Columns.Observation] == observation)];

    private static (double?, string?) ValueAndUnit(string observation)
    {
        var row = Row(observation);
        return ((double?)row[Columns.Value], (string?)row[Columns.Unit]);
    }
}
