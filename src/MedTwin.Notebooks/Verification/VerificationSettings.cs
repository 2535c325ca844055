using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// How a notebook's outputs are compared with the committed ones, as the notebook states it in <c>metadata.medtwin.verify</c>:
/// <code>
/// "medtwin": { "verify": {
///   "scrub": [ { "pattern": "run \\d+", "replacement": "run {n}" } ],
///   "tolerance": { "relative": 1e-9, "absolute": 0 },
///   "builtInScrubbers": [ "paths", "guids", "timestamps", "durations", "addresses" ]
/// } }
/// </code>
/// Every key is optional. By default all built-in scrubbers apply, no declared ones, and numbers must be equal as text.
/// </summary>
public sealed class VerificationSettings
{
    /// <summary>The key under <c>metadata.medtwin</c>.</summary>
    public const string MetadataKey = "verify";

    private const string Prefix = "medtwin." + MetadataKey;

    /// <summary>A new set of settings.</summary>
    /// <param name="scrubRules">Declared scrubbers, applied after the built-in ones, in order; none if null.</param>
    /// <param name="tolerance">How numbers are compared; exact if null.</param>
    /// <param name="builtInScrubbers">The built-in scrubbers to apply; all if null.</param>
    public VerificationSettings(
        IEnumerable<ScrubRule>? scrubRules = null, NumericTolerance? tolerance = null, IEnumerable<BuiltInScrubber>? builtInScrubbers = null)
    {
        ScrubRules = [.. scrubRules ?? []];
        Tolerance = tolerance ?? NumericTolerance.Exact;
        if (!IsNonNegativeFinite(Tolerance.Relative) || !IsNonNegativeFinite(Tolerance.Absolute))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "A tolerance is made of finite, non-negative numbers.");
        }

        BuiltInScrubbers = [.. (builtInScrubbers ?? Enum.GetValues<BuiltInScrubber>()).Distinct().Order()];
    }

    /// <summary>The defaults: every built-in scrubber, no declared one, exact numbers.</summary>
    public static VerificationSettings Default { get; } = new();

    /// <summary>The declared scrubbers, applied after the built-in ones, in order.</summary>
    public IReadOnlyList<ScrubRule> ScrubRules { get; }

    /// <summary>How numbers are compared.</summary>
    public NumericTolerance Tolerance { get; }

    /// <summary>The built-in scrubbers that apply, in the order they apply.</summary>
    public IReadOnlyList<BuiltInScrubber> BuiltInScrubbers { get; }

    /// <summary>Reads the settings from <c>metadata.medtwin.verify</c>; the defaults where the notebook states none.</summary>
    /// <param name="notebook">The notebook (the committed one: its settings are part of what was verified).</param>
    /// <param name="notebookName">The notebook's name in error messages (its path).</param>
    /// <exception cref="VerificationSettingsException">A setting is of the wrong type, a pattern is not a valid regular expression,
    /// a tolerance is negative, or a key is unknown; the message names the key.</exception>
    public static VerificationSettings Read(NotebookDocument notebook, string notebookName)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(notebookName);
        return notebook.GetMetadata("medtwin") switch
        {
            null => Default,
            JsonObject medtwin => FromJson(medtwin[MetadataKey], notebookName),
            _ => throw new VerificationSettingsException(notebookName, "medtwin", $"must be an object; found {Describe(notebook.GetMetadata("medtwin"))}."),
        };
    }

    /// <summary>Reads the settings from the value of <c>medtwin.verify</c>; the defaults if it is null.</summary>
    /// <exception cref="VerificationSettingsException">See <see cref="Read"/>.</exception>
    public static VerificationSettings FromJson(JsonNode? verify, string notebookName)
    {
        ArgumentNullException.ThrowIfNull(notebookName);
        if (verify is null)
        {
            return Default;
        }

        if (verify is not JsonObject settings)
        {
            throw new VerificationSettingsException(notebookName, Prefix, $"must be an object; found {Describe(verify)}.");
        }

        foreach (var (key, _) in settings)
        {
            if (key is not ("scrub" or "tolerance" or "builtInScrubbers"))
            {
                throw new VerificationSettingsException(
                    notebookName, $"{Prefix}.{key}", "is not a verification setting; the settings are 'scrub', 'tolerance' and 'builtInScrubbers'.");
            }
        }

        return new VerificationSettings(
            ReadScrubRules(settings["scrub"], notebookName),
            ReadTolerance(settings["tolerance"], notebookName),
            ReadBuiltInScrubbers(settings["builtInScrubbers"], notebookName));
    }

    private static List<ScrubRule> ReadScrubRules(JsonNode? node, string notebookName)
    {
        const string Key = Prefix + ".scrub";
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray rules)
        {
            throw new VerificationSettingsException(notebookName, Key, $"must be an array of {{\"pattern\": …, \"replacement\": …}} objects; found {Describe(node)}.");
        }

        var result = new List<ScrubRule>();
        for (var index = 0; index < rules.Count; index++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{Key}[{index}]");
            if (rules[index] is not JsonObject rule)
            {
                throw new VerificationSettingsException(notebookName, key, $"must be an object {{\"pattern\": …, \"replacement\": …}}; found {Describe(rules[index])}.");
            }

            foreach (var (name, _) in rule)
            {
                if (name is not ("pattern" or "replacement"))
                {
                    throw new VerificationSettingsException(notebookName, $"{key}.{name}", "is not part of a scrub rule; a rule has 'pattern' and 'replacement'.");
                }
            }

            var pattern = RequiredString(rule, "pattern", key, notebookName);
            var replacement = RequiredString(rule, "replacement", key, notebookName);
            if (pattern.Length == 0)
            {
                throw new VerificationSettingsException(notebookName, $"{key}.pattern", "must not be empty.");
            }

            try
            {
                result.Add(new ScrubRule(pattern, replacement) { Origin = key });
            }
            catch (ArgumentException e)
            {
                throw new VerificationSettingsException(notebookName, $"{key}.pattern", $"is not a valid regular expression: {e.Message}", e);
            }
        }

        return result;
    }

    private static NumericTolerance ReadTolerance(JsonNode? node, string notebookName)
    {
        const string Key = Prefix + ".tolerance";
        if (node is null)
        {
            return NumericTolerance.Exact;
        }

        if (node is not JsonObject tolerance)
        {
            throw new VerificationSettingsException(notebookName, Key, $"must be an object {{\"relative\": …, \"absolute\": …}}; found {Describe(node)}.");
        }

        foreach (var (name, _) in tolerance)
        {
            if (name is not ("relative" or "absolute"))
            {
                throw new VerificationSettingsException(notebookName, $"{Key}.{name}", "is not part of a tolerance; a tolerance has 'relative' and 'absolute'.");
            }
        }

        return new NumericTolerance(
            NonNegativeNumber(tolerance["relative"], $"{Key}.relative", notebookName),
            NonNegativeNumber(tolerance["absolute"], $"{Key}.absolute", notebookName));
    }

    private static List<BuiltInScrubber> ReadBuiltInScrubbers(JsonNode? node, string notebookName)
    {
        const string Key = Prefix + ".builtInScrubbers";
        var names = string.Join(", ", Enum.GetValues<BuiltInScrubber>().Select(Name));
        if (node is null)
        {
            return [.. Enum.GetValues<BuiltInScrubber>()];
        }

        if (node is not JsonArray items)
        {
            throw new VerificationSettingsException(notebookName, Key, $"must be an array of names among {names}; found {Describe(node)}.");
        }

        var result = new List<BuiltInScrubber>();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var text = item is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
            var scrubber = Enum.GetValues<BuiltInScrubber>().Where(s => Name(s) == text).Select(s => (BuiltInScrubber?)s).FirstOrDefault();
            if (scrubber is null)
            {
                throw new VerificationSettingsException(
                    notebookName, string.Create(CultureInfo.InvariantCulture, $"{Key}[{index}]"), $"must be one of {names}; found {Describe(item)}.");
            }

            result.Add(scrubber.Value);
        }

        return result;
    }

    /// <summary>The name of a built-in scrubber in metadata, e.g. "guids".</summary>
    internal static string Name(BuiltInScrubber scrubber) => scrubber.ToString().ToLowerInvariant();

    private static string RequiredString(JsonObject rule, string name, string ruleKey, string notebookName)
        => rule[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw new VerificationSettingsException(notebookName, $"{ruleKey}.{name}", $"must be a string; found {Describe(rule[name])}.");

    private static double NonNegativeNumber(JsonNode? node, string key, string notebookName)
    {
        if (node is null)
        {
            return 0;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue<double>(out var number))
        {
            throw new VerificationSettingsException(notebookName, key, $"must be a number; found {Describe(node)}.");
        }

        return IsNonNegativeFinite(number)
            ? number
            : throw new VerificationSettingsException(notebookName, key, $"must be a finite number of zero or more; found {node.ToJsonString()}.");
    }

    private static bool IsNonNegativeFinite(double number) => number >= 0 && double.IsFinite(number);

    private static string Describe(JsonNode? node) => node switch
    {
        null => "nothing (null or missing)",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => $"the string {value.ToJsonString()}",
            JsonValueKind.Number => $"the number {value.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"{value.ToJsonString()}",
            _ => value.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };
}
