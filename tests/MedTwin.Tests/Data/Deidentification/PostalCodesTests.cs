using MedTwin.Data.Deidentification;

namespace MedTwin.Tests.Data.Deidentification;

/// <summary>Safe Harbor's ZIP code rule: three digits, 000 for the sparsely populated areas.</summary>
public sealed class PostalCodesTests
{
    private static readonly string[] RestrictedPrefixes =
        ["036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893"];

    public static TheoryData<string> Restricted() => [.. RestrictedPrefixes];

    [Theory]
    [MemberData(nameof(Restricted))]
    public void Each_of_the_17_restricted_prefixes_becomes_000(string prefix)
    {
        Assert.Equal(("000", DeidentificationRule.ReplacedRestrictedPostalCode), PostalCodes.Generalise(prefix + "42"));
    }

    [Fact]
    public void The_restricted_list_has_exactly_the_17_prefixes()
    {
        Assert.Equal(RestrictedPrefixes, PostalCodes.RestrictedPrefixes);
    }

    [Theory]
    [InlineData("02139", "021")]
    [InlineData("02139-4307", "021")]
    [InlineData("021394307", "021")]
    [InlineData(" 94110 ", "941")]
    [InlineData("03700", "037")]
    public void A_zip_code_keeps_its_first_three_digits(string zip, string expected)
    {
        Assert.Equal((expected, DeidentificationRule.TruncatedPostalCode), PostalCodes.Generalise(zip));
    }

    [Theory]
    [InlineData("SW1A 1AA")]
    [InlineData("1234")]
    [InlineData("123456")]
    [InlineData("0213a")]
    [InlineData("")]
    public void Anything_else_is_removed(string code)
    {
        Assert.Equal((null, DeidentificationRule.RemovedUnrecognisedPostalCode), PostalCodes.Generalise(code));
    }
}
