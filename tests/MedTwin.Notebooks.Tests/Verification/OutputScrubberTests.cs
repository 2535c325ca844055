using MedTwin.Notebooks.Verification;

namespace MedTwin.Notebooks.Tests.Verification;

public sealed class OutputScrubberTests
{
    private static string Scrub(string text) => OutputScrubber.Default.Scrub(text);

    [Theory]
    [InlineData("id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 done", "id {guid} done")]
    [InlineData("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}", "{{guid}}")]
    [InlineData("<div id=\"chart-3f2504e0-4f89-11d3-9a0c-0305e82c3301\">", "<div id=\"chart-{guid}\">")]
    public void GUIDs_are_replaced_by_a_placeholder(string text, string expected) => Assert.Equal(expected, Scrub(text));

    [Theory]
    [InlineData("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("3f2504e04f8911d39a0c0305e82c3301")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c33019")]
    public void Hex_strings_that_are_not_hyphenated_GUIDs_are_kept(string text) => Assert.Equal(text, Scrub(text));

    [Theory]
    [InlineData("run at 2024-01-15T10:30:45Z.", "run at {timestamp}.")]
    [InlineData("2024-01-15T10:30:45.1234567+02:00", "{timestamp}")]
    [InlineData("2024-01-15 10:30:45,123", "{timestamp}")]
    [InlineData("2024-01-15T10:30", "{timestamp}")]
    [InlineData("at 01/15/2024 10:30:45 +00:00 ok", "at {timestamp} ok")]
    [InlineData("1/5/2024 9:03:07 PM", "{timestamp}")]
    [InlineData("15.01.2024 10:30:45", "{timestamp}")]
    [InlineData("Date: Mon, 15 Jan 2024 10:30:45 GMT", "Date: {timestamp}")]
    public void Date_times_are_replaced_by_a_placeholder(string text, string expected) => Assert.Equal(expected, Scrub(text));

    [Theory]
    [InlineData("admitted 2024-01-15, discharged 2024-01-20")]
    [InlineData("glucose at 10:30 was 5.4 mmol/L")]
    [InlineData("1/2 of 3/4")]
    [InlineData("version 2024.01.15")]
    public void Dates_alone_times_alone_and_fractions_are_kept(string text) => Assert.Equal(text, Scrub(text));

    [Theory]
    [InlineData("Elapsed: 00:00:01.2345678", "Elapsed: {duration}")]
    [InlineData("00:00:01.2345678", "{duration}")]
    [InlineData("1.02:03:04.5", "{duration}")]
    [InlineData("Elapsed: 12.3 ms", "Elapsed: {duration}")]
    [InlineData("training took 1.2 s", "training took {duration}")]
    [InlineData("Wall time: 12.3456ms", "Wall time: {duration}")]
    [InlineData("CPU time = 3 min", "CPU time = {duration}")]
    [InlineData("completed in 250 µs.", "completed in {duration}.")]
    [InlineData("Elapsed 00:00:03", "Elapsed {duration}")]
    public void Timings_are_replaced_by_a_placeholder(string text, string expected) => Assert.Equal(expected, Scrub(text));

    [Theory]
    [InlineData("QTc 420 ms")]
    [InlineData("half-life 6.2 h")]
    [InlineData("infusion duration: 2 h")]
    [InlineData("glucose normalised in 30 min")]
    [InlineData("clock 10:30:45")]
    [InlineData("took 3 patients")]
    public void Numbers_with_units_that_are_results_are_kept(string text) => Assert.Equal(text, Scrub(text));

    [Theory]
    [InlineData("read /home/ana/study/data.csv", "read {path}")]
    [InlineData("wrote /tmp/medtwin-1234/out.json.", "wrote {path}.")]
    [InlineData("in /root/.nuget/packages/x", "in {path}")]
    [InlineData("'/Users/ana/x y.csv'", "'{path} y.csv'")]
    [InlineData("at Foo() in /home/runner/work/x/Foo.cs:line 12", "at Foo() in {path}:line 12")]
    [InlineData("file:///tmp/run/a.txt", "{path}")]
    [InlineData(@"C:\Users\ana\data.csv", "{path}")]
    [InlineData(@"path ""C:\\Users\\ana\\data.csv""", @"path ""{path}""")]
    [InlineData("C:/work/x.csv, next", "{path}, next")]
    [InlineData("file:///C:/Users/ana/x.csv", "{path}")]
    public void Absolute_paths_are_replaced_by_a_placeholder(string text, string expected) => Assert.Equal(expected, Scrub(text));

    [Theory]
    [InlineData("https://example.org/home/ana/index.html")]
    [InlineData("see http://localhost:8888/tmp/x")]
    [InlineData("1/2 + 3/4 = 5/4")]
    [InlineData("5.4 mg/dL and 12 km/h")]
    [InlineData("data/heart-failure/1/data.csv")]
    [InlineData("./tmp/x and ~/home/x")]
    [InlineData("</td></tr></var>")]
    [InlineData("and/or /tmp")]
    [InlineData("ratio 3:1, time 10:30")]
    [InlineData(@"""a:\n"" and x?s:/[a-z]/")]
    public void URLs_fractions_units_relative_paths_and_markup_are_kept(string text) => Assert.Equal(text, Scrub(text));

    [Theory]
    [InlineData("object at 0x7ffd1234abcd", "object at {address}")]
    [InlineData("0x00007FFD1234ABCD.", "{address}.")]
    public void Memory_addresses_are_replaced_by_a_placeholder(string text, string expected) => Assert.Equal(expected, Scrub(text));

    [Theory]
    [InlineData("flags 0xFF")]
    [InlineData("HRESULT 0x80004005")]
    [InlineData("x0x7ffd1234abcd")]
    public void Short_hex_numbers_are_kept(string text) => Assert.Equal(text, Scrub(text));

    [Fact]
    public void A_path_holding_a_GUID_is_one_path()
    {
        Assert.Equal("{path}", Scrub("/tmp/3f2504e0-4f89-11d3-9a0c-0305e82c3301/out.csv"));
    }

    [Fact]
    public void Declared_rules_apply_after_the_built_in_scrubbers_in_order()
    {
        var settings = new VerificationSettings(
            [new ScrubRule(@"run (\d+)", "run #$1"), new ScrubRule("#[0-9]+", "#n"), new ScrubRule("(?m)^seed: .*$", "seed: {seed}")]);

        var scrubbed = new OutputScrubber(settings).Scrub("run 42 at 2024-01-15T10:30:45Z\nseed: 1234\nend");

        Assert.Equal("run #n at {timestamp}\nseed: {seed}\nend", scrubbed);
    }

    [Fact]
    public void A_declared_rule_sees_the_placeholders_of_the_built_in_scrubbers()
    {
        var settings = new VerificationSettings([new ScrubRule(@"\{guid\}", "{id}")]);

        Assert.Equal("id {id}", new OutputScrubber(settings).Scrub("id 3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    }

    [Fact]
    public void Built_in_scrubbers_a_notebook_leaves_out_do_not_apply()
    {
        var settings = new VerificationSettings(builtInScrubbers: [BuiltInScrubber.Guids]);

        Assert.Equal("{guid} at 2024-01-15T10:30:45Z in /tmp/x/y", new OutputScrubber(settings).Scrub("3f2504e0-4f89-11d3-9a0c-0305e82c3301 at 2024-01-15T10:30:45Z in /tmp/x/y"));
        Assert.Equal("/tmp/x/y", new OutputScrubber(new VerificationSettings(builtInScrubbers: [])).Scrub("/tmp/x/y"));
    }

    [Fact]
    public void A_catastrophically_backtracking_pattern_is_stopped_with_an_error_naming_it()
    {
        var settings = VerificationSettings.FromJson(
            System.Text.Json.Nodes.JsonNode.Parse("""{"scrub": [{"pattern": "^(a+)+$", "replacement": "x"}]}"""), "notebooks/slow.ipynb");
        var scrubber = new OutputScrubber(settings);
        var hostile = new string('a', 40) + "!";

        var error = Assert.Throws<ScrubTimeoutException>(() => scrubber.Scrub(hostile));

        Assert.Equal("^(a+)+$", error.Pattern);
        Assert.Contains("'^(a+)+$' (medtwin.verify.scrub[0]) took longer than 1 s", error.Message, StringComparison.Ordinal);
    }
}
