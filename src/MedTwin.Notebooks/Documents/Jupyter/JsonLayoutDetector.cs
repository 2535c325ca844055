using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Documents.Jupyter;

/// <summary>Works out the <see cref="JsonLayout"/> a JSON text was written in, from the text and the tree parsed from it.</summary>
internal static partial class JsonLayoutDetector
{
    public static JsonLayout Detect(string text, JsonNode root)
    {
        var byteOrderMark = text.StartsWith('\uFEFF');
        var body = byteOrderMark ? text[1..] : text;
        var core = body.Trim();
        var leading = body[..body.IndexOf(core, StringComparison.Ordinal)];
        var trailing = body[(leading.Length + core.Length)..];

        var firstBreak = body.IndexOf('\n', StringComparison.Ordinal);
        var newline = firstBreak > 0 && body[firstBreak - 1] == '\r' ? "\r\n" : "\n";
        var asciiOnly = !core.Any(c => c > '~') && EscapedNonAscii().IsMatch(core);

        var coreBreak = core.IndexOf('\n', StringComparison.Ordinal);
        if (coreBreak < 0)
        {
            // One line: the separators are all that can differ; keep the candidate that reproduces the text.
            var compact = new JsonLayout(false, "", newline, KeySeparator(core) ?? ":", ",", leading, trailing, asciiOnly, byteOrderMark);
            var spaced = compact with { ItemSeparator = ", " };
            return LayoutJsonWriter.Write(root, spaced) == text ? spaced : compact;
        }

        var indent = IndentAfter(core, coreBreak + 1);
        var itemSeparator = SpaceBeforeBreak().IsMatch(core) ? ", " : ",";
        return new JsonLayout(true, indent, newline, KeySeparator(core) ?? ": ", itemSeparator, leading, trailing, asciiOnly, byteOrderMark);
    }

    private static string IndentAfter(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[start..end];
    }

    private static string? KeySeparator(string core)
    {
        var match = FirstKey().Match(core);
        return match.Success ? match.Groups["separator"].Value : null;
    }

    [GeneratedRegex("""^\{\s*"(?:[^"\\]|\\.)*"(?<separator>\s*:\s*)""")]
    private static partial Regex FirstKey();

    [GeneratedRegex("""\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])""")]
    private static partial Regex EscapedNonAscii();

    [GeneratedRegex(""", +\r?\n""")]
    private static partial Regex SpaceBeforeBreak();
}
