using System.Globalization;
using System.Text.RegularExpressions;

namespace MedTwin.Data.Fhir;

/// <summary>Reads FHIR date and dateTime literals into UTC instants, saying how precise the literal was.</summary>
internal static partial class FhirTime
{
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>How much of an instant a literal gives.</summary>
    public enum Precision
    {
        /// <summary>Not a FHIR date or dateTime literal.</summary>
        Invalid,

        /// <summary>A year, or a year and month: no instant can be had without guessing.</summary>
        YearOrMonth,

        /// <summary>A date without a time of day: taken as 00:00 UTC.</summary>
        Day,

        /// <summary>A date, time of day and time zone.</summary>
        Instant,
    }

    /// <summary>Reads <paramref name="literal"/>; <paramref name="utc"/> is set for <see cref="Precision.Day"/> and <see cref="Precision.Instant"/>.</summary>
    public static Precision Read(string literal, out DateTime utc)
    {
        utc = default;
        if (YearOrMonthPattern().IsMatch(literal))
        {
            return Precision.YearOrMonth;
        }

        if (DayPattern().IsMatch(literal))
        {
            if (!DateTime.TryParseExact(literal, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Precision.Invalid;
            }

            utc = DateTime.SpecifyKind(day, DateTimeKind.Utc);
            return Precision.Day;
        }

        var match = InstantPattern().Match(literal);
        if (!match.Success)
        {
            return Precision.Invalid;
        }

        // .NET reads at most 7 fractional digits; FHIR allows any number. Digits past the 7th (below 100 ns) are dropped.
        var text = match.Groups["fraction"].Length > 8
            ? string.Concat(match.Groups["head"].Value, match.Groups["fraction"].Value.AsSpan(0, 8), match.Groups["zone"].Value)
            : literal;
        if (!DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return Precision.Invalid;
        }

        utc = instant.UtcDateTime;
        return Precision.Instant;
    }

    [GeneratedRegex(@"^[0-9]{4}(-[0-9]{2})?$")]
    private static partial Regex YearOrMonthPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^(?<head>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(?<fraction>\.[0-9]+)?(?<zone>Z|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex InstantPattern();
}
