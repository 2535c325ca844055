using MedTwin.Data.Fhir;
using static MedTwin.Tests.Data.Fhir.BundleText;
using Columns = MedTwin.Data.Fhir.FhirObservationColumns;

namespace MedTwin.Tests.Data.Fhir;

/// <summary>Problems inside a readable bundle: reported with the resource and path, the rest still imported.</summary>
public sealed class FhirResourceProblemTests
{
    [Theory]
    [InlineData("1e400")]
    [InlineData("123456789012345678901234567890")]
    public void A_number_too_large_for_a_decimal_is_reported_and_its_row_kept_with_a_missing_value(string number)
    {
        var import = Import(Patient, HeartRate(value: $$"""
            "valueQuantity": { "value": {{number}}, "system": "http://unitsofmeasure.org", "code": "/min" }
            """));

        var issue = Assert.Single(import.Report.Issues);
        Assert.Equal($"Observation/hr-1: valueQuantity.value: {number} does not fit a FHIR decimal (magnitude below 7.9e28, at most 28 significant digits)", issue.ToString());
        Assert.Equal(FhirIssueKind.Malformed, issue.Kind);
        Assert.Null(import.Observations[Columns.Value][0]);
    }

    [Fact]
    public void A_component_value_of_the_wrong_type_is_reported_with_the_components_path()
    {
        var bloodPressure = """
            { "resourceType": "Observation", "id": "bp-1", "status": "final", "subject": { "reference": "Patient/p1" },
              "code": { "coding": [{ "system": "http://loinc.org", "code": "85354-9" }] }, "effectiveDateTime": "2024-03-01T08:00:00Z",
              "component": [
                { "code": { "coding": [{ "system": "http://loinc.org", "code": "8480-6" }] }, "valueQuantity": { "value": 120, "system": "http://unitsofmeasure.org", "code": "mm[Hg]" } },
                { "code": { "coding": [{ "system": "http://loinc.org", "code": "8462-4" }] }, "valueQuantity": { "value": true, "system": "http://unitsofmeasure.org", "code": "mm[Hg]" } } ] }
            """;

        var import = Import(Patient, bloodPressure);

        Assert.Equal("Observation/bp-1: component[1].valueQuantity.value: expected a number, found true", Assert.Single(import.Report.Issues).ToString());
        Assert.Equal([120.0, null], import.Observations[Columns.Value].Cast<double?>().Reverse());
    }

    [Fact]
    public void An_entry_with_a_misspelt_resource_type_is_reported_and_the_others_imported()
    {
        var import = Import(Patient, """{ "resourceType": "Observaton", "id": "typo" }""", HeartRate());

        var issue = Assert.Single(import.Report.Issues);
        Assert.Equal(FhirIssueKind.UnsupportedResource, issue.Kind);
        Assert.Equal("Observaton/typo", issue.Resource);
        Assert.Equal(1, issue.Entry);
        Assert.Equal(1, import.Observations.Rows.Count);
    }

    [Fact]
    public void Entries_without_a_readable_resource_are_reported_by_position()
    {
        var json = $$"""
            { "resourceType": "Bundle", "entry": [ "oops", { "fullUrl": "x" }, { "resource": [] }, { "resource": { "id": "n" } }, { "resource": {{HeartRate()}} } ] }
            """;

        var import = FhirBundleReader.Parse(json, "b.json");

        Assert.Equal(
            [
                "Bundle.entry[0]: expected an object, found a string; the entry is not imported",
                "Bundle.entry[1]: resource: expected a resource (an object), found nothing; the entry is not imported",
                "Bundle.entry[2]: resource: expected a resource (an object), found an array; the entry is not imported",
                "Bundle.entry[3]: resource.resourceType: missing or not a string; the entry is not imported",
            ],
            import.Report.Of(FhirIssueKind.UnreadableEntry).Select(i => i.ToString()));
        Assert.Equal(1, import.Observations.Rows.Count);
    }

    [Fact]
    public void An_observation_without_a_subject_is_kept_with_a_missing_patient_and_reported()
    {
        var import = Import(HeartRate(subject: "\"issued\": \"2024-03-01T08:00:00Z\""));

        Assert.Equal("Observation/hr-1: subject: missing; the observation's rows have no patient", Assert.Single(import.Report.Issues).ToString());
        Assert.Null(import.Observations[Columns.Patient][0]);
        Assert.Equal(false, import.Observations[Columns.PatientKnown][0]);
        Assert.Equal(72.0, import.Observations[Columns.Value][0]);
    }

    [Fact]
    public void A_subject_that_is_not_a_patient_is_reported()
    {
        var import = Import(HeartRate(subject: "\"subject\": { \"reference\": \"Group/ward-4\" }"));

        Assert.Equal(FhirIssueKind.SubjectNotPatient, Assert.Single(import.Report.Issues).Kind);
        Assert.Null(import.Observations[Columns.Patient][0]);
    }

    [Fact]
    public void Resources_without_an_id_or_with_a_repeated_id_are_imported_and_reported()
    {
        var import = Import(Patient, HeartRate(id: "\"hr-1\""), HeartRate(id: "\"hr-1\""), HeartRate(id: "null"));

        Assert.Equal(3, import.Observations.Rows.Count);
        Assert.Equal(["Observation/hr-1"], import.Report.Of(FhirIssueKind.DuplicateId).Select(i => i.Resource));
        Assert.Equal(2, Assert.Single(import.Report.Of(FhirIssueKind.DuplicateId)).Entry);
        Assert.Equal("Observation (Bundle.entry[3])", Assert.Single(import.Report.Of(FhirIssueKind.MissingId)).Resource);
        Assert.Equal(1, import.Observations[Columns.Observation].NullCount);
    }

    [Fact]
    public void A_date_without_a_time_is_taken_as_midnight_utc_and_reported()
    {
        var import = Import(Patient, HeartRate(time: "\"effectiveDateTime\": \"2024-03-01\""));

        Assert.Equal(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), import.Observations[Columns.Time][0]);
        Assert.Equal("Observation/hr-1: effectiveDateTime: '2024-03-01' has no time of day; it is taken as 00:00 UTC", Assert.Single(import.Report.Issues).ToString());
    }

    [Theory]
    [InlineData("\"effectiveDateTime\": \"2024-03\"", FhirIssueKind.ImpreciseTime, "effectiveDateTime")]
    [InlineData("\"effectiveDateTime\": \"2024-13-45\"", FhirIssueKind.Malformed, "effectiveDateTime")]
    [InlineData("\"effectivePeriod\": { \"end\": \"2024-03-01T08:00:00Z\" }", FhirIssueKind.MissingTime, "effectivePeriod.start")]
    [InlineData("\"issued\": \"2024-03-01T08:00:00Z\"", FhirIssueKind.MissingTime, "effective[x]")]
    [InlineData("\"effectiveTiming\": { \"event\": [\"2024-03-01T08:00:00Z\"] }", FhirIssueKind.MissingTime, "effectiveTiming")]
    public void A_time_that_cannot_be_read_as_an_instant_leaves_the_time_missing_and_is_reported(string time, FhirIssueKind kind, string path)
    {
        var import = Import(Patient, HeartRate(time: time));

        Assert.Null(import.Observations[Columns.Time][0]);
        var issue = Assert.Single(import.Report.Issues);
        Assert.Equal((kind, path), (issue.Kind, issue.Path));
    }

    [Fact]
    public void An_invalid_date_time_is_reported_once_saying_what_was_found()
    {
        var import = Import(Patient, HeartRate(time: "\"effectiveDateTime\": \"2024-13-45\""));

        Assert.Equal("Observation/hr-1: effectiveDateTime: expected a FHIR dateTime, found \"2024-13-45\"", Assert.Single(import.Report.Issues).ToString());
    }

    [Fact]
    public void A_value_that_is_not_a_quantity_is_reported_and_its_row_kept()
    {
        var import = Import(Patient, HeartRate(value: "\"valueString\": \"fast\""));

        Assert.Equal("Observation/hr-1: valueString: only valueQuantity is imported; the row has a missing value", Assert.Single(import.Report.Issues).ToString());
        Assert.Equal(1, import.Observations.Rows.Count);
        Assert.Null(import.Observations[Columns.Value][0]);
    }

    [Theory]
    [InlineData("{ \"value\": 72 }", FhirIssueKind.MissingUnit, "valueQuantity", null)]
    [InlineData("{ \"value\": 72, \"unit\": \"bpm\" }", FhirIssueKind.NonUcumUnit, "valueQuantity.code", "bpm")]
    [InlineData("{ \"value\": 72, \"system\": \"http://snomed.info/sct\", \"code\": \"258983007\" }", FhirIssueKind.NonUcumUnit, "valueQuantity.system", "258983007")]
    public void A_missing_or_non_ucum_unit_is_reported_and_the_unit_kept_as_given(string quantity, FhirIssueKind kind, string path, string? unit)
    {
        var import = Import(Patient, HeartRate(value: $"\"valueQuantity\": {quantity}"));

        var issue = Assert.Single(import.Report.Issues);
        Assert.Equal((kind, path), (issue.Kind, issue.Path));
        Assert.Equal(unit, import.Observations[Columns.Unit][0]);
        Assert.Equal(72.0, import.Observations[Columns.Value][0]);
    }

    [Fact]
    public void An_observation_without_a_value_is_reported_with_its_data_absent_reason()
    {
        var import = Import(Patient, HeartRate(value: "\"dataAbsentReason\": { \"text\": \"patient refused\" }"));

        Assert.Equal("Observation/hr-1: value[x]: missing (dataAbsentReason 'patient refused'); the row has a missing value", Assert.Single(import.Report.Issues).ToString());
    }

    [Fact]
    public void A_code_written_as_a_string_is_reported_once_as_malformed()
    {
        var import = Import(Patient, HeartRate(code: "\"code\": \"8867-4\""));

        var issue = Assert.Single(import.Report.Issues);
        Assert.Equal((FhirIssueKind.Malformed, "code"), (issue.Kind, issue.Path));
        Assert.Null(import.Observations[Columns.Code][0]);
    }

    [Fact]
    public void A_code_without_a_coding_keeps_its_text_as_the_display()
    {
        var import = Import(Patient, HeartRate(code: "\"code\": { \"text\": \"pulse\" }"));

        Assert.Equal(FhirIssueKind.MissingCode, Assert.Single(import.Report.Issues).Kind);
        Assert.Equal("pulse", import.Observations[Columns.Display][0]);
    }

    [Fact]
    public void An_unknown_element_is_reported_and_the_rest_imported()
    {
        var import = Import(Patient, HeartRate(value: "\"valueQuantity\": { \"value\": 72, \"system\": \"http://unitsofmeasure.org\", \"code\": \"/min\" }, \"mood\": \"cheerful\""));

        var issue = Assert.Single(import.Report.Issues);
        Assert.Equal((FhirIssueKind.Malformed, "mood"), (issue.Kind, issue.Path));
        Assert.Equal(72.0, import.Observations[Columns.Value][0]);
    }

    [Fact]
    public void A_patient_with_only_a_birth_year_keeps_a_missing_birth_date_and_is_reported()
    {
        var import = Import("""{ "resourceType": "Patient", "id": "p9", "birthDate": "1950", "gender": "unknown" }""");

        Assert.Null(import.Patients[FhirPatientColumns.BirthDate][0]);
        Assert.Equal("Patient/p9: birthDate: '1950' gives only a year or a month; the birth date is missing", Assert.Single(import.Report.Issues).ToString());
    }

    [Fact]
    public void A_patient_with_a_wrongly_typed_name_is_reported_and_imported_without_it()
    {
        var import = Import("""{ "resourceType": "Patient", "id": "p9", "name": [{ "family": 7, "given": ["Ada"] }] }""");

        Assert.Equal("Patient/p9: name[0].family: expected a string (a JSON string), found 7", Assert.Single(import.Report.Issues).ToString());
        Assert.Equal("Ada", import.Patients[FhirPatientColumns.Name][0]);
    }
}
