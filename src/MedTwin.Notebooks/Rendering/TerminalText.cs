using System.Text;
using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// What a terminal would leave on screen of text written for one: colour and cursor escape sequences removed (Python
/// tracebacks and progress bars carry them), and a line rewritten after "\r" shown as it ends up, as Jupyter shows it.
/// </summary>
internal static partial class TerminalText
{
    public static string ToDisplayedText(string text)
    {
        var plain = EscapeSequence().Replace(text, "");
        if (!plain.Contains('\r', StringComparison.Ordinal))
        {
            return plain;
        }

        var lines = plain.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var builder = new StringBuilder(plain.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(Overwrite(lines[i]));
        }

        return builder.ToString();
    }

    /// <summary>Each part after a "\r" overwrites the line from its start, as on a terminal: "50%\r100%" shows "100%".</summary>
    private static string Overwrite(string line)
    {
        var parts = line.Split('\r');
        var shown = parts[0];
        foreach (var part in parts.Skip(1))
        {
            // A trailing "\r" with nothing after it rewrites nothing.
            shown = part.Length >= shown.Length ? part : part + shown[part.Length..];
        }

        return shown;
    }

    // CSI (colours, cursor moves), OSC (titles, hyperlinks) ended by BEL or ST, and two-character escapes.
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)|\x1B[@-Z\\-_]", RegexOptions.CultureInvariant)]
    private static partial Regex EscapeSequence();
}
