using System.Globalization;
using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// A scrub pattern took longer than <see cref="ScrubRule.MatchTimeout"/> on an output: it backtracks catastrophically
/// (nested quantifiers such as <c>(a+)+</c> do). The message names the pattern and where it was declared.
/// </summary>
public sealed class ScrubTimeoutException : Exception
{
    internal ScrubTimeoutException(string pattern, string? origin, RegexMatchTimeoutException inner)
        : base(Describe(pattern, origin, inner.MatchTimeout), inner)
        => Pattern = pattern;

    /// <summary>The pattern at fault.</summary>
    public string Pattern { get; }

    private static string Describe(string pattern, string? origin, TimeSpan timeout)
    {
        var where = origin is null ? "" : $" ({origin})";
        var seconds = timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        return $"The scrub pattern '{pattern}'{where} took longer than {seconds} s on an output and was stopped. "
            + "It backtracks catastrophically, as nested quantifiers like (a+)+ do: make the repeated parts unambiguous.";
    }
}
