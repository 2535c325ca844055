using System.Text;

namespace MedTwin.Charts.Static;

/// <summary>
/// Chart text as an SVG can hold it. XML forbids control characters other than tab and line breaks, unpaired
/// surrogates and U+FFFE/U+FFFF; control characters are shown as their Unicode control pictures (␀, ␇, …) and the
/// others as "�", so a reader sees that something was there, rather than the figure failing or the character vanishing.
/// </summary>
internal static class DrawableText
{
    public static string Of(string text)
    {
        if (!text.Any(c => IsControl(c) || char.IsSurrogate(c) || c >= '\uFFFE'))
        {
            return text;
        }

        // Enumerating runes turns an unpaired surrogate into U+FFFD.
        var drawn = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            drawn.Append(rune.Value switch
            {
                < ' ' when IsControl((char)rune.Value) => ((char)('\u2400' + rune.Value)).ToString(),
                0xFFFE or 0xFFFF => "\uFFFD",
                _ => rune.ToString(),
            });
        }

        return drawn.ToString();
    }

    private static bool IsControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}
