using MedTwin.Notebooks.Display;

namespace MedTwin.Notebooks.Tests.Display;

public sealed class PlainTextFormattingTests
{
    private readonly DisplayFormatter formatter = new();

    private sealed record Patient(string Name, double WeightKg);

    [Fact]
    public void Null_is_shown_as_null_in_angle_brackets_and_only_as_plain_text()
    {
        var result = formatter.Format(null);

        Assert.Equal([new KeyValuePair<string, string>(MimeTypes.PlainText, "<null>")], result.Data);
    }

    [Fact]
    public void A_string_is_shown_as_it_is_and_has_no_html()
    {
        var result = formatter.Format("a \"quoted\" <b>text</b>\nover two lines");

        Assert.Equal("a \"quoted\" <b>text</b>\nover two lines", result.PlainText);
        Assert.Null(result.Html);
    }

    [Theory]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(42, "42")]
    [InlineData(1.25f, "1.25")]
    [InlineData(true, "True")]
    [InlineData(false, "False")]
    public void Scalars_are_shown_in_the_invariant_culture(object value, string expected)
    {
        Assert.Equal(expected, formatter.Format(value).PlainText);
    }

    [Fact]
    public void Decimals_and_dates_are_shown_in_the_invariant_culture_with_iso_dates()
    {
        Assert.Equal("1234.50", formatter.Format(1234.50m).PlainText);
        Assert.Equal("2024-03-01T08:30:00", formatter.Format(new DateTime(2024, 3, 1, 8, 30, 0)).PlainText);
        Assert.Equal("2024-03-01T08:30:00.25Z", formatter.Format(new DateTime(2024, 3, 1, 8, 30, 0, 250, DateTimeKind.Utc)).PlainText);
        Assert.Equal("2024-03-01", formatter.Format(new DateOnly(2024, 3, 1)).PlainText);
        Assert.Equal("01:30:00", formatter.Format(TimeSpan.FromMinutes(90)).PlainText);
    }

    [Fact]
    public void A_short_sequence_is_listed_on_one_line_with_strings_quoted()
    {
        Assert.Equal("[1, 2, 3]", formatter.Format(new List<int> { 1, 2, 3 }).PlainText);
        Assert.Equal("[\"a, b\", \"c\", <null>]", formatter.Format(new List<string?> { "a, b", "c", null }).PlainText);
        Assert.Equal("[]", formatter.Format(Array.Empty<int>()).PlainText);
    }

    [Fact]
    public void A_long_sequence_shows_the_first_20_items_and_counts_the_rest()
    {
        var text = formatter.Format(Enumerable.Range(1, 100).ToList()).PlainText;

        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, ... (80 more)]", text);
    }

    [Fact]
    public void The_number_of_items_shown_is_configurable()
    {
        var small = new DisplayFormatter(new FormatterOptions { MaxItems = 3 });

        Assert.Equal("[1, 2, 3, ... (7 more)]", small.Format(Enumerable.Range(1, 10)).PlainText);
    }

    [Fact]
    public void An_endless_sequence_is_shown_with_a_lower_bound_instead_of_hanging()
    {
        static IEnumerable<int> Forever()
        {
            while (true)
            {
                yield return 7;
            }
        }

        var text = new DisplayFormatter(new FormatterOptions { MaxItems = 2 }).Format(Forever()).PlainText;

        Assert.Equal("[7, 7, ... (more than 100000 in all)]", text);
    }

    [Fact]
    public void A_lazy_sequence_is_enumerated_once_for_all_representations()
    {
        var enumerations = 0;
        IEnumerable<Patient> Patients()
        {
            enumerations++;
            yield return new Patient("Ann", 61.5);
        }

        var result = formatter.Format(Patients());

        Assert.NotNull(result.Html);
        Assert.Equal(1, enumerations);
    }

    [Fact]
    public void A_listing_too_wide_for_one_line_puts_one_item_on_each_line()
    {
        var text = formatter.Format(new[] { new string('a', 60), new string('b', 60) }).PlainText;

        Assert.Equal("[\n  \"" + new string('a', 60) + "\",\n  \"" + new string('b', 60) + "\"\n]", text);
    }

    [Fact]
    public void Nested_sequences_are_listed_inside_their_parent()
    {
        int[][] nested = [[1, 2], [3]];

        Assert.Equal("[[1, 2], [3]]", formatter.Format(nested).PlainText);
    }

    [Fact]
    public void A_record_is_shown_by_its_ToString()
    {
        Assert.Equal("Patient { Name = Ann, WeightKg = 61.5 }", formatter.Format(new Patient("Ann", 61.5)).PlainText);
    }
}
