using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// Replaces what differs from run to run without being a result (paths, GUIDs, timestamps, timings, addresses) by stable
/// placeholders, then applies the notebook's declared <see cref="ScrubRule"/>s in order. See <see cref="BuiltInScrubber"/>.
/// </summary>
public sealed partial class OutputScrubber
{
    /// <summary>The placeholder for an absolute path.</summary>
    public const string PathPlaceholder = "{path}";

    /// <summary>The placeholder for a GUID.</summary>
    public const string GuidPlaceholder = "{guid}";

    /// <summary>The placeholder for a date-time.</summary>
    public const string TimestampPlaceholder = "{timestamp}";

    /// <summary>The placeholder for a duration.</summary>
    public const string DurationPlaceholder = "{duration}";

    /// <summary>The placeholder for a memory address.</summary>
    public const string AddressPlaceholder = "{address}";

    // The built-in patterns take linear time (about 50 ms for 3.6 MB of output); the limit only guards.
    private const int TimeoutMilliseconds = 10_000;

    // Characters that end a path: white space, quotes, markup, the characters Windows forbids, and list punctuation.
    private const string PathCharacter = """[^\s"'`<>|*?:,;(){}\[\]]""";

    // What a path does not follow: it is not inside a word, a URL or a relative path ("https://x.org/home/a", "./tmp/a", "~/a", "a/b" stay).
    private const string NotPathStartCharacters = @"\w.:/\\~$%-";

    private const string NotPathStart = "[" + NotPathStartCharacters + "]";

    // Roots under which an absolute Unix path names something of this machine or this build.
    private const string UnixRoots = "home|tmp|root|Users|var|private|mnt|media|opt|usr|etc|srv|run|nix|Volumes|app|src|work|workspace|workspaces|build|builds|github|runner|__w";

    private readonly IReadOnlyList<(Regex Regex, string Replacement, BuiltInScrubber Name)> builtIns;
    private readonly IReadOnlyList<ScrubRule> declared;

    /// <summary>A scrubber for <paramref name="settings"/>: its built-in scrubbers, then its declared rules.</summary>
    public OutputScrubber(VerificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        builtIns = [.. settings.BuiltInScrubbers.SelectMany(BuiltIn)];
        declared = settings.ScrubRules;
    }

    /// <summary>The scrubber of <see cref="VerificationSettings.Default"/>: every built-in scrubber, nothing declared.</summary>
    public static OutputScrubber Default { get; } = new(VerificationSettings.Default);

    /// <summary>The text with every built-in scrubber, then every declared rule, applied.</summary>
    /// <exception cref="ScrubTimeoutException">A pattern took longer than <see cref="ScrubRule.MatchTimeout"/>.</exception>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (regex, replacement, name) in builtIns)
        {
            try
            {
                text = regex.Replace(text, replacement);
            }
            catch (RegexMatchTimeoutException e)
            {
                throw new ScrubTimeoutException(regex.ToString(), $"built-in scrubber '{VerificationSettings.Name(name)}'", e);
            }
        }

        foreach (var rule in declared)
        {
            text = rule.Apply(text);
        }

        return text;
    }

    private static IEnumerable<(Regex, string, BuiltInScrubber)> BuiltIn(BuiltInScrubber scrubber) => scrubber switch
    {
        BuiltInScrubber.Paths => [(UnixPath(), PathPlaceholder, scrubber), (WindowsPath(), PathPlaceholder, scrubber), (FileUri(), PathPlaceholder, scrubber)],
        BuiltInScrubber.Guids => [(Guid(), GuidPlaceholder, scrubber)],
        BuiltInScrubber.Timestamps => [(NumericTimestamp(), TimestampPlaceholder, scrubber), (Rfc1123Timestamp(), TimestampPlaceholder, scrubber)],
        BuiltInScrubber.Durations => [(TimeSpanDuration(), DurationPlaceholder, scrubber), (TimedDuration(), "${timing}" + DurationPlaceholder, scrubber)],
        BuiltInScrubber.Addresses => [(Address(), AddressPlaceholder, scrubber)],
        _ => throw new ArgumentOutOfRangeException(nameof(scrubber), scrubber, "Unknown built-in scrubber."),
    };

    // The path, GUID and address patterns start with a character to look for rather than a look-behind, so that the engine
    // skips ahead through megabytes of output (older notebooks' charts embed plotly.js) instead of trying every position.

    // "/home/ana/study/x.csv", "file:///tmp/run/a.txt"; a trailing full stop ends the sentence, not the path.
    [GeneratedRegex("/(?:(?<=file:///)|(?<!" + NotPathStart + "/))(?:" + UnixRoots + ")(?:/" + PathCharacter + "+)+(?<![.])", RegexOptions.None, TimeoutMilliseconds)]
    private static partial Regex UnixPath();

    // "C:\Users\ana\x.csv", "C:/work/x", "file:///C:/x" and JSON-escaped "C:\\Users\\ana". Drive letters are upper case, as .NET
    // writes them; "a:\n" or "s:/" in code stay.
    [GeneratedRegex("[A-Z]:[\\\\/](?<=(?:^|file:///|[^" + NotPathStartCharacters + "])[A-Z]:[\\\\/])(?:" + PathCharacter + "*(?<![.]))?", RegexOptions.None, TimeoutMilliseconds)]
    private static partial Regex WindowsPath();

    // What the two path patterns leave of a file URI.
    [GeneratedRegex(@"file:///?\{path\}", RegexOptions.None, TimeoutMilliseconds)]
    private static partial Regex FileUri();

    [GeneratedRegex("[0-9A-Fa-f]{8}-(?<![0-9A-Fa-f]{9}-)[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])", RegexOptions.None, TimeoutMilliseconds)]
    private static partial Regex Guid();

    [GeneratedRegex(
        @"(?<![\d.:/-])(?:"
        + @"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?"
        + @"|\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?: ?[AP]M)?(?: ?(?:Z|UTC|GMT|[+-]\d{2}:\d{2}))?"
        + @"|\d{1,2}\.\d{1,2}\.\d{4},? \d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
        + @")(?![\d:])",
        RegexOptions.None,
        TimeoutMilliseconds)]
    private static partial Regex NumericTimestamp();

    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|UTC|[+-]\d{4})(?![\d:])", RegexOptions.None, TimeoutMilliseconds)]
    private static partial Regex Rfc1123Timestamp();

    // A TimeSpan with fractional seconds, anywhere: "00:00:01.2345678", "1.02:03:04.5".
    [GeneratedRegex(@"(?<![\d.:])-?(?:\d+\.)?\d{1,2}:\d{2}:\d{2}\.\d{1,7}(?![\d:])", RegexOptions.None, TimeoutMilliseconds)]
    private static partial Regex TimeSpanDuration();

    // A number with a time unit, or a TimeSpan, after a timing word: "took 1.2 s", "Elapsed: 12.3 ms", "Wall time: 5ms".
    [GeneratedRegex(
        @"(?<timing>\b(?i:took|elapsed|elapsed time|wall time|wall clock|cpu time|cpu times|execution time|run ?time|completed in|finished in|done in|ran in)\b\s*[:=]?\s*)"
        + @"(?:\d+(?:\.\d+)?\s?(?:ns|µs|μs|us|ms|s|sec|secs|seconds?|min|mins|minutes?)(?!\w)|(?:\d+\.)?\d{1,2}:\d{2}:\d{2}(?:\.\d{1,7})?(?![\d:]))",
        RegexOptions.None,
        TimeoutMilliseconds)]
    private static partial Regex TimedDuration();

    [GeneratedRegex(@"0[xX](?<!\w0[xX])[0-9A-Fa-f]{9,16}(?!\w)", RegexOptions.None, TimeoutMilliseconds)]
    private static partial Regex Address();
}
