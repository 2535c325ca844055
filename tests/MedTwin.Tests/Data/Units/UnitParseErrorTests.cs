using System.Diagnostics;
using MedTwin.Data.Units;

namespace MedTwin.Tests.Data.Units;

public sealed class UnitParseErrorTests
{
    private static UnitFormatException Rejects(string code) => Assert.Throws<UnitFormatException>(() => Unit.Parse(code));

    [Fact]
    public void A_null_code_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => Unit.Parse(null!));

    [Fact]
    public void An_empty_code_is_rejected_with_the_code_for_dimensionless()
    {
        var error = Rejects("");

        Assert.Equal(0, error.Position);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("'1'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ", 1)]
    [InlineData("   ", 1)]
    [InlineData(" mg", 1)]
    [InlineData("mg ", 3)]
    [InlineData("mg / dL", 3)]
    public void Spaces_are_rejected_at_their_position_instead_of_trimmed(string code, int position)
    {
        var error = Rejects(code);

        Assert.Equal(position, error.Position);
        Assert.Contains("space", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\t", 1, "U+0009")]
    [InlineData("µg", 1, "U+00B5")]
    [InlineData("°C", 1, "U+00B0")]
    [InlineData("mg/dL\n", 6, "U+000A")]
    public void Control_and_non_ASCII_characters_are_named_by_code_point(string code, int position, string codePoint)
    {
        var error = Rejects(code);

        Assert.Equal(position, error.Position);
        Assert.Contains(codePoint, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("furlong", 1)]
    [InlineData("mg/furlong", 4)]
    [InlineData("mmol/Lx", 6)]
    public void An_unknown_unit_is_named_with_its_position(string code, int position)
    {
        var error = Rejects(code);

        Assert.Equal(position, error.Position);
        Assert.Contains("unknown unit", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Unit code '{code}', character {position}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qg", "'q'")]
    [InlineData("mg/xL", "'x'")]
    [InlineData("bmol", "'b'")]
    public void An_unknown_prefix_is_named(string code, string prefix)
    {
        var error = Rejects(code);

        Assert.Contains($"unknown prefix {prefix}", error.Message, StringComparison.Ordinal);
        Assert.Contains("da", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MG", "mg")]
    [InlineData("MMOL/L", "mmol")]
    [InlineData("KG", "kg")]
    [InlineData("CEL", "Cel")]
    public void Codes_are_case_sensitive_and_the_error_suggests_the_right_case(string code, string suggestion) =>
        Assert.EndsWith($"did you mean '{suggestion}'?", Rejects(code).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("mmHg", "mm[Hg]")]
    [InlineData("cmH2O", "cm[H2O]")]
    [InlineData("lb_av", "[lb_av]")]
    [InlineData("lb", "[lb_av]")]
    [InlineData("oz", "[oz_av]")]
    [InlineData("in", "[in_i]")]
    [InlineData("IU/L", "[IU]")]
    [InlineData("uIU/mL", "u[IU]")]
    [InlineData("mEq/L", "meq")]
    [InlineData("mcg/kg", "ug")]
    [InlineData("degF", "[degF]")]
    [InlineData("bpm", "{beats}/min")]
    public void Common_non_UCUM_spellings_are_rejected_naming_the_UCUM_code(string code, string ucum)
    {
        var error = Rejects(code);

        Assert.Equal(1, error.Position);
        Assert.Contains($"is not UCUM; write '{ucum}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spelling_with_digits_is_named_whole() =>
        Assert.Equal("Unit code 'cmH2O', character 1: 'cmH2O' is not UCUM; write 'cm[H2O]'.", Rejects("cmH2O").Message);

    [Theory]
    [InlineData("kh", "'h' (hour) takes no prefix")]
    [InlineData("mCel", "'Cel' (degree Celsius) takes no prefix")]
    [InlineData("k[lb_av]", "'[lb_av]' (pound) takes no prefix")]
    public void Units_that_take_no_prefix_say_so(string code, string problem) =>
        Assert.Contains(problem, Rejects(code).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("m^2", 2)]
    [InlineData("m**2", 2)]
    [InlineData("mg/dL^2", 6)]
    [InlineData("s-", 2)]
    [InlineData("m+", 2)]
    [InlineData("s-x", 2)]
    [InlineData("10*", 3)]
    [InlineData("10*x/L", 3)]
    [InlineData("m123", 2)]
    [InlineData("10*-123/L", 4)]
    public void Malformed_exponents_are_rejected_at_their_position(string code, int position)
    {
        var error = Rejects(code);

        Assert.Equal(position, error.Position);
        Assert.Contains("exponent", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(m/s)2", 6, "no exponent after a parenthesis")]
    [InlineData("2*3/L", 1, "not a power of ten")]
    [InlineData("0/L", 1, "factor of 0")]
    [InlineData("1234567890123456/L", 1, "at most 15 digits")]
    [InlineData("2mg", 2, "'m' was not expected")]
    [InlineData("m2.", 3, "the code ends after '.'")]
    public void Other_malformed_numbers_and_exponents_are_explained(string code, int position, string problem)
    {
        var error = Rejects(code);

        Assert.Equal(position, error.Position);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(mg/dL", 1, "'(' is never closed")]
    [InlineData("mg/(kg.min", 4, "'(' is never closed")]
    [InlineData("((mg)/dL", 1, "'(' is never closed")]
    [InlineData("mg/dL)", 6, "')' has no matching '('")]
    [InlineData("(mg))/dL", 5, "')' has no matching '('")]
    [InlineData("()", 2, "expected a unit, found ')'")]
    [InlineData("[lb_av", 1, "'[' is never closed")]
    [InlineData("[lb[av]", 1, "'[' is never closed")]
    [InlineData("mg]", 3, "']' has no matching '['")]
    [InlineData("mg}", 3, "'}' has no matching '{'")]
    [InlineData("{count", 1, "'{' is never closed")]
    [InlineData("{a{b}}", 3, "annotations do not nest")]
    [InlineData("}", 1, "'}' has no matching '{'")]
    public void Unbalanced_brackets_are_rejected_at_the_bracket(string code, int position, string problem)
    {
        var error = Rejects(code);

        Assert.Equal(position, error.Position);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mg/", 3)]
    [InlineData("/", 1)]
    [InlineData("mg//dL", 4)]
    [InlineData(".m", 1)]
    [InlineData("mg./dL", 4)]
    public void A_missing_unit_around_an_operator_is_rejected(string code, int position) =>
        Assert.Equal(position, Rejects(code).Position);

    [Theory]
    [InlineData("Cel/min")]
    [InlineData("/Cel")]
    [InlineData("Cel.m")]
    [InlineData("mg/Cel")]
    [InlineData("[degF]/h")]
    [InlineData("(Cel)")]
    [InlineData("Cel2")]
    public void Celsius_and_Fahrenheit_are_rejected_inside_compound_units(string code)
    {
        var error = Rejects(code);

        Assert.Contains("offset", error.Message, StringComparison.Ordinal);
        Assert.Contains("K", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Celsius_with_an_annotation_still_stands_alone() =>
        Assert.True(Unit.Parse("Cel{rectal}").IsAffine);

    [Fact]
    public void A_hostile_long_code_is_rejected_by_its_length_and_the_message_stays_short()
    {
        var code = new string('(', 100_000);

        var error = Rejects(code);

        Assert.Equal(0, error.Position);
        Assert.Contains("100000 characters", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 300, error.Message);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Codes_at_the_length_limit_parse_or_fail_fast_without_deep_recursion_trouble()
    {
        var nested = new string('(', 127) + "m" + new string(')', 127);
        var product = string.Join('.', Enumerable.Repeat("m", 128))[..255];
        var hostile = new[]
        {
            nested,
            new string('(', 256),
            new string('[', 256),
            new string('{', 256),
            "[" + new string('a', 255),
            "{" + new string('a', 255),
            string.Concat(Enumerable.Repeat("[a]", 85)),
            string.Concat(Enumerable.Repeat("m/", 128)),
            new string('m', 256),
            new string('9', 256),
        };
        var clock = Stopwatch.StartNew();

        Assert.Equal(Unit.Parse("m").Dimension, Unit.Parse(nested).Dimension);
        Assert.Equal(128, Unit.Parse(product).Dimension.Length);
        for (var round = 0; round < 100; round++)
        {
            foreach (var code in hostile.Skip(1))
            {
                Assert.False(Unit.TryParse(code, out _), code);
            }
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed} for 900 hostile codes");
    }
}
