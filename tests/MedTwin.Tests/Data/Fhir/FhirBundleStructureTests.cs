using System.Text;
using MedTwin.Data.Fhir;

namespace MedTwin.Tests.Data.Fhir;

/// <summary>Input that is not a Bundle at all: an exception naming the source and the position.</summary>
public sealed class FhirBundleStructureTests
{
    [Fact]
    public void Text_that_is_not_json_is_an_exception_naming_the_source_line_and_column()
    {
        var e = Assert.Throws<FhirBundleException>(() => FhirBundleReader.Parse("{ \"resourceType\": \"Bundle\",\n  \"entry\": [ oops ] }", "visits.json"));

        Assert.Equal("visits.json", e.SourceName);
        Assert.Equal(2, e.Line);
        Assert.Equal(14, e.Column);
        Assert.StartsWith("'visits.json', line 2, column 14: not valid JSON: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_an_exception_at_line_1()
    {
        var e = Assert.Throws<FhirBundleException>(() => FhirBundleReader.Parse("", "empty.json"));

        Assert.Equal(1, e.Line);
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_other_than_a_bundle_is_an_exception_saying_what_was_found_where()
    {
        var e = Assert.Throws<FhirBundleException>(() => FhirBundleReader.Parse("{\n  \"resourceType\": \"Patient\",\n  \"id\": \"p1\"\n}", "patient.json"));

        Assert.Equal("'patient.json', line 2, column 19: expected a FHIR Bundle, found a Patient resource", e.Message);
    }

    [Fact]
    public void Json_without_a_resource_type_is_not_a_bundle()
    {
        var e = Assert.Throws<FhirBundleException>(() => FhirBundleReader.Parse("  { \"entry\": [] }", "thing.json"));

        Assert.Equal("'thing.json', line 1, column 3: the object has no resourceType; expected a FHIR Bundle", e.Message);
    }

    [Theory]
    [InlineData("[1, 2]", "found an array")]
    [InlineData("\"Bundle\"", "found a string")]
    [InlineData("{ \"resourceType\": 7 }", "found resourceType 7")]
    [InlineData("{ \"resourceType\": \"Bundle\", \"entry\": {} }", "expected the Bundle's entry to be an array, found an object")]
    public void Json_of_the_wrong_shape_is_not_a_bundle(string json, string problem)
    {
        var e = Assert.Throws<FhirBundleException>(() => FhirBundleReader.Parse(json, "odd.json"));

        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_json_is_rejected_at_the_depth_limit_not_recursed_into()
    {
        var nested = string.Concat(Enumerable.Repeat("[", 100_000)) + string.Concat(Enumerable.Repeat("]", 100_000));
        var json = $$"""{ "resourceType": "Bundle", "entry": [{ "resource": { "resourceType": "Observation", "note": {{nested}} } }] }""";

        var e = Assert.Throws<FhirBundleException>(() => FhirBundleReader.Parse(json, "deep.json"));

        Assert.Contains("depth", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Invalid_utf8_is_an_exception()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"resourceType\": \"Bundle\", \"id\": \"x\" }");
        bytes[^4] = 0xFF;

        var e = Assert.Throws<FhirBundleException>(() => FhirBundleReader.Parse(bytes, "latin1.json"));

        Assert.Equal("'latin1.json', line 1, column 36: not valid UTF-8: byte 0xFF does not start a character", e.Message);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BundleText.Of(BundleText.Patient))).ToArray();

        Assert.Equal(1, FhirBundleReader.Parse(bytes, "bom.json").Report.Patients);
    }

    [Fact]
    public void A_missing_file_is_a_file_not_found_exception()
    {
        Assert.Throws<FileNotFoundException>(() => FhirBundleReader.ReadFile(Path.Combine(Path.GetTempPath(), "medtwin-no-such-bundle.json")));
    }

    [Theory]
    [InlineData("{ \"resourceType\": \"Bundle\", \"type\": \"collection\" }")]
    [InlineData("{ \"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [] }")]
    public void An_empty_bundle_gives_empty_tables_with_every_column_and_no_issue(string json)
    {
        var import = FhirBundleReader.Parse(json, "empty-bundle.json");

        Assert.Equal(0, import.Observations.Rows.Count);
        Assert.Equal(0, import.Patients.Rows.Count);
        Assert.Equal(FhirObservationColumns.All, import.Observations.Columns.Select(c => c.Name));
        Assert.Equal(FhirPatientColumns.All, import.Patients.Columns.Select(c => c.Name));
        Assert.Empty(import.Report.Issues);
    }
}
