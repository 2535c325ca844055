using MedTwin.Notebooks.Display;

namespace MedTwin.Notebooks.Tests.Display;

public sealed class ObjectSequenceFormattingTests
{
    private readonly DisplayFormatter formatter = new();

    private record Observation(string Code, double? Value, DateOnly Day);

    private sealed record LabObservation(string Code, double? Value, DateOnly Day, string Unit) : Observation(Code, Value, Day);

    private sealed class Device
    {
        public string Serial { get; init; } = "";

        public int Battery { get; init; }

        public string Hidden => throw new InvalidOperationException($"{Serial} reports no such value");

        internal string Internal { get; init; } = "not shown";
    }

    [Fact]
    public void A_list_of_records_is_a_table_of_its_public_properties_in_declaration_order()
    {
        var observations = new List<Observation>
        {
            new("glucose", 5.5, new DateOnly(2024, 3, 1)),
            new("heart-rate", null, new DateOnly(2024, 3, 2)),
        };

        var html = formatter.Format(observations).Html;

        Assert.Equal(
            """
            <div class="medtwin-objects">
            <p>2 items</p>
            <table>
            <thead>
            <tr><th>Code<br><small>string</small></th><th>Value<br><small>double?</small></th><th>Day<br><small>DateOnly</small></th></tr>
            </thead>
            <tbody>
            <tr><td>glucose</td><td>5.5</td><td>2024-03-01</td></tr>
            <tr><td>heart-rate</td><td class="medtwin-na"><em>NA</em></td><td>2024-03-02</td></tr>
            </tbody>
            </table>
            </div>
            """.ReplaceLineEndings("\n"),
            html);
    }

    [Fact]
    public void A_derived_record_shows_its_base_properties_first()
    {
        var html = formatter.Format(new[] { new LabObservation("k", 4.1, new DateOnly(2024, 1, 1), "mmol/L") }).Html;

        Assert.Contains("<tr><th>Code<br><small>string</small></th><th>Value<br><small>double?</small></th><th>Day<br><small>DateOnly</small></th><th>Unit<br><small>string</small></th></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_object_shows_only_public_properties_and_a_failing_getter_names_its_exception()
    {
        var html = formatter.Format(new[] { new Device { Serial = "CGM-1", Battery = 80 } }).Html!;

        Assert.Contains("<tr><td>CGM-1</td><td>80</td><td>(InvalidOperationException)</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_objects_from_a_query_are_shown_as_a_table()
    {
        var html = formatter.Format(Enumerable.Range(1, 2).Select(i => new { Patient = i, Risk = i / 4.0 })).Html;

        Assert.Contains("<tr><td>2</td><td>0.5</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_in_properties_is_html_escaped()
    {
        var html = formatter.Format(new[] { new Observation("<script>alert('x')</script> & \"y\"", 1, default) }).Html!;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_20_items_are_shown_and_the_rest_are_counted()
    {
        var html = formatter.Format(Enumerable.Range(0, 25).Select(i => new Observation("c" + i, i, default)).ToList()).Html!;

        Assert.Contains("<p>25 items</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>c19</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>c20</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p>... (5 more items)</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_use_a_decimal_point_under_a_german_culture()
    {
        using var german = new CultureScope("de-DE");

        var result = formatter.Format(new[] { new Observation("glucose", 5.5, default) });

        Assert.Contains("<td>5.5</td>", result.Html, StringComparison.Ordinal);
        Assert.Equal("[Observation { Code = glucose, Value = 5.5, Day = 01/01/0001 }]", result.PlainText);
    }

    [Fact]
    public void Sequences_of_numbers_strings_or_sequences_have_no_html()
    {
        Assert.Null(formatter.Format(new List<double> { 1.5, 2.5 }).Html);
        Assert.Null(formatter.Format(new List<string> { "a" }).Html);
        Assert.Null(formatter.Format(new List<List<int>> { new() { 1 } }).Html);
        Assert.Null(formatter.Format(new List<object> { new Observation("a", 1, default) }).Html);
    }
}
