using System.Text;
using MedTwin.Notebooks.Display;

namespace MedTwin.Notebooks.Rendering;

/// <summary>Text made safe for HTML element content and attribute values, line breaks normalised to "\n".</summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes markup characters and shows control characters (other than tab and line feed) as their Unicode control
    /// pictures (␀, ␇, …): HTML forbids most of them, and a reviewer should see that they were there rather than lose them.
    /// </summary>
    public static string Encode(string text) => Html.Encode(ShowControlCharacters(NormalizeLineBreaks(text)));

    /// <summary>"\r\n" and a lone "\r" become "\n", so the page has the same bytes whichever system wrote the notebook.</summary>
    public static string NormalizeLineBreaks(string text)
        => text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;

    private static string ShowControlCharacters(string text)
    {
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u007F' => '\u2421',
                _ when IsHidden(c) => (char)('\u2400' + c),
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static bool IsHidden(char c) => (c < ' ' && c is not ('\t' or '\n')) || c == '\u007F';
}
