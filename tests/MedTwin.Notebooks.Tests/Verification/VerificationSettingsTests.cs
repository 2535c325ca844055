using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Notebooks.Tests.Verification;

public sealed class VerificationSettingsTests
{
    private static NotebookDocument NotebookWithMedTwinMetadata(string medtwinJson)
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.SetMetadata("medtwin", JsonNode.Parse(medtwinJson));
        return notebook;
    }

    [Fact]
    public void A_notebook_without_settings_gets_every_built_in_scrubber_and_exact_numbers()
    {
        var settings = VerificationSettings.Read(NotebookDocument.CreateCSharp(), "a.ipynb");

        Assert.Same(VerificationSettings.Default, settings);
        Assert.Empty(settings.ScrubRules);
        Assert.True(settings.Tolerance.IsExact);
        Assert.Equal(
            [BuiltInScrubber.Paths, BuiltInScrubber.Guids, BuiltInScrubber.Timestamps, BuiltInScrubber.Durations, BuiltInScrubber.Addresses],
            settings.BuiltInScrubbers);
        Assert.Same(VerificationSettings.Default, VerificationSettings.Read(NotebookWithMedTwinMetadata("""{"seed": 7}"""), "a.ipynb"));
    }

    [Fact]
    public void Scrub_rules_tolerance_and_built_in_scrubbers_are_read_from_the_medtwin_verify_metadata()
    {
        var notebook = NotebookWithMedTwinMetadata("""
            {"seed": 1, "verify": {
              "scrub": [{"pattern": "run \\d+", "replacement": "run {n}"}, {"pattern": "x", "replacement": ""}],
              "tolerance": {"relative": 1e-9, "absolute": 0.5},
              "builtInScrubbers": ["timestamps", "paths"]}}
            """);

        var settings = VerificationSettings.Read(notebook, "a.ipynb");

        Assert.Equal([("run \\d+", "run {n}"), ("x", "")], settings.ScrubRules.Select(r => (r.Pattern, r.Replacement)));
        Assert.Equal(new NumericTolerance(1e-9, 0.5), settings.Tolerance);
        Assert.Equal([BuiltInScrubber.Paths, BuiltInScrubber.Timestamps], settings.BuiltInScrubbers);
    }

    [Fact]
    public void A_tolerance_may_state_only_one_part()
    {
        var settings = VerificationSettings.FromJson(JsonNode.Parse("""{"tolerance": {"relative": 0.01}}"""), "a.ipynb");

        Assert.Equal(new NumericTolerance(0.01, 0), settings.Tolerance);
    }

    [Theory]
    [InlineData("""{"verify": []}""", "medtwin.verify", "must be an object; found an array")]
    [InlineData("""{"verify": {"tolerence": {}}}""", "medtwin.verify.tolerence", "is not a verification setting")]
    [InlineData("""{"verify": {"scrub": {"pattern": "a"}}}""", "medtwin.verify.scrub", "must be an array")]
    [InlineData("""{"verify": {"scrub": ["a"]}}""", "medtwin.verify.scrub[0]", "must be an object")]
    [InlineData("""{"verify": {"scrub": [{"pattern": "a", "replacement": "b"}, {"pattern": "(", "replacement": "b"}]}}""", "medtwin.verify.scrub[1].pattern", "is not a valid regular expression")]
    [InlineData("""{"verify": {"scrub": [{"pattern": 1, "replacement": "b"}]}}""", "medtwin.verify.scrub[0].pattern", "must be a string; found the number 1")]
    [InlineData("""{"verify": {"scrub": [{"pattern": "a"}]}}""", "medtwin.verify.scrub[0].replacement", "must be a string; found nothing")]
    [InlineData("""{"verify": {"scrub": [{"pattern": "", "replacement": "b"}]}}""", "medtwin.verify.scrub[0].pattern", "must not be empty")]
    [InlineData("""{"verify": {"scrub": [{"pattern": "a", "replacement": "b", "flags": "i"}]}}""", "medtwin.verify.scrub[0].flags", "is not part of a scrub rule")]
    [InlineData("""{"verify": {"tolerance": 0.1}}""", "medtwin.verify.tolerance", "must be an object")]
    [InlineData("""{"verify": {"tolerance": {"relative": -1e-9}}}""", "medtwin.verify.tolerance.relative", "must be a finite number of zero or more; found -1e-9")]
    [InlineData("""{"verify": {"tolerance": {"absolute": "0.1"}}}""", "medtwin.verify.tolerance.absolute", "must be a number; found the string \"0.1\"")]
    [InlineData("""{"verify": {"tolerance": {"relative": 0, "abs": 1}}}""", "medtwin.verify.tolerance.abs", "is not part of a tolerance")]
    [InlineData("""{"verify": {"builtInScrubbers": "guids"}}""", "medtwin.verify.builtInScrubbers", "must be an array of names among paths, guids, timestamps, durations, addresses")]
    [InlineData("""{"verify": {"builtInScrubbers": ["guid"]}}""", "medtwin.verify.builtInScrubbers[0]", "must be one of paths, guids, timestamps, durations, addresses; found the string \"guid\"")]
    public void Invalid_settings_are_an_error_naming_the_notebook_and_the_key(string medtwinJson, string key, string problem)
    {
        var error = Assert.Throws<VerificationSettingsException>(
            () => VerificationSettings.Read(NotebookWithMedTwinMetadata(medtwinJson), "notebooks/study.ipynb"));

        Assert.Equal(key, error.Key);
        Assert.Equal("notebooks/study.ipynb", error.NotebookName);
        Assert.StartsWith($"'notebooks/study.ipynb': metadata '{key}' {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_tolerance_given_in_code_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VerificationSettings(tolerance: new NumericTolerance(-1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VerificationSettings(tolerance: new NumericTolerance(0, double.NaN)));
    }
}
