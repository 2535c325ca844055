using System.Text.RegularExpressions;

namespace MedTwin.Data.Deidentification;

/// <summary>
/// Safe Harbor's geographic rule for postal codes: a US ZIP code keeps only its first three digits, and becomes 000
/// when the area of those three digits holds 20,000 people or fewer. The restricted prefixes are those HHS lists from
/// the 2000 Census; they must be revised when HHS revises them from newer census data.
/// </summary>
internal static partial class PostalCodes
{
    /// <summary>The three-digit ZIP areas of 20,000 people or fewer (2000 Census), as HHS lists them.</summary>
    public static IReadOnlySet<string> RestrictedPrefixes { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893",
    };

    /// <summary>The generalised code and the rule applied; a code that is not a US ZIP code gives <c>null</c>.</summary>
    public static (string? Code, DeidentificationRule Rule) Generalise(string zip)
    {
        var match = ZipPattern().Match(zip.Trim());
        if (!match.Success)
        {
            return (null, DeidentificationRule.RemovedUnrecognisedPostalCode);
        }

        var prefix = match.Groups["prefix"].Value;
        return RestrictedPrefixes.Contains(prefix)
            ? ("000", DeidentificationRule.ReplacedRestrictedPostalCode)
            : (prefix, DeidentificationRule.TruncatedPostalCode);
    }

    [GeneratedRegex(@"^(?<prefix>[0-9]{3})[0-9]{2}(-?[0-9]{4})?$")]
    private static partial Regex ZipPattern();
}
