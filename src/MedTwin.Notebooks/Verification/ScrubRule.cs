using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// A scrubber a notebook declares (<c>metadata.medtwin.verify.scrub</c>): a .NET regular expression and its replacement
/// (which may use <c>$1</c>, <c>${name}</c>). It applies to the whole canonical text of a cell's outputs (see <see cref="OutputText"/>),
/// so <c>^</c> and <c>$</c> mean the text's ends unless the pattern starts with <c>(?m)</c>. Matching is limited to
/// <see cref="MatchTimeout"/> per use, so a pattern that backtracks catastrophically fails instead of hanging the run.
/// </summary>
public sealed class ScrubRule
{
    /// <summary>How long one use of a pattern on one text may take.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A rule replacing every match of <paramref name="pattern"/> by <paramref name="replacement"/>.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression; the message says why.</exception>
    public ScrubRule(string pattern, string replacement)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(replacement);
        Pattern = pattern;
        Replacement = replacement;
        Regex = new Regex(pattern, RegexOptions.None, MatchTimeout);
    }

    /// <summary>The regular expression.</summary>
    public string Pattern { get; }

    /// <summary>What replaces each match.</summary>
    public string Replacement { get; }

    internal Regex Regex { get; }

    /// <summary>Where the rule was declared, e.g. <c>medtwin.verify.scrub[0]</c>, for error messages; null for rules made in code.</summary>
    internal string? Origin { get; init; }

    /// <summary>The text with every match replaced.</summary>
    /// <exception cref="ScrubTimeoutException">Matching took longer than <see cref="MatchTimeout"/>.</exception>
    public string Apply(string text)
    {
        try
        {
            return Regex.Replace(text, Replacement);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new ScrubTimeoutException(Pattern, Origin, e);
        }
    }
}
