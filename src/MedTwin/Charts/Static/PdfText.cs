using System.Text;

namespace MedTwin.Charts.Static;

/// <summary>
/// Text as the PDF's standard fonts can show it. Their encoding is Windows-1252, and OxyPlot writes each character's low
/// byte, so a character outside it would turn into another one (≥ into "e"). Characters of Windows-1252 become the
/// character whose code is their byte; the symbols figures use most are spelled out (− as "-", ≥ as ">=", β as "beta");
/// anything else becomes "?". The SVG keeps every character.
/// </summary>
internal static class PdfText
{
    private static readonly Encoding WinAnsi = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("The runtime has no Windows-1252 encoding, which the PDF's standard fonts use.");

    // Written out here: no package on hand transliterates to the PDF standard fonts' character set.
    private static readonly Dictionary<Rune, string> Spelled = new()
    {
        [new Rune('\u2212')] = "-", [new Rune('\u2010')] = "-", [new Rune('\u2011')] = "-", [new Rune('\u2264')] = "<=", [new Rune('\u2265')] = ">=",
        [new Rune('\u2260')] = "!=", [new Rune('\u2248')] = "~", [new Rune('\u2192')] = "->", [new Rune('\u2190')] = "<-", [new Rune('\u221E')] = "inf",
        [new Rune('\u221A')] = "sqrt", [new Rune('\u2009')] = " ", [new Rune('\u202F')] = " ", [new Rune('\u03B1')] = "alpha", [new Rune('\u03B2')] = "beta",
        [new Rune('\u03B3')] = "gamma", [new Rune('\u03B4')] = "delta", [new Rune('\u0394')] = "Delta", [new Rune('\u03BA')] = "kappa",
        [new Rune('\u03BB')] = "lambda", [new Rune('\u03BC')] = "\u00B5", [new Rune('\u03C3')] = "sigma", [new Rune('\u03C7')] = "chi",
        [new Rune('\u2080')] = "0", [new Rune('\u2081')] = "1", [new Rune('\u2082')] = "2", [new Rune('\u2083')] = "3", [new Rune('\u2084')] = "4",
        [new Rune('\u2085')] = "5", [new Rune('\u2086')] = "6", [new Rune('\u2087')] = "7", [new Rune('\u2088')] = "8", [new Rune('\u2089')] = "9",
    };

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var encoded = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Spelled.TryGetValue(rune, out var spelled))
            {
                // Every spelling is ASCII or Latin-1 above 0xA0, where a character's code is its Windows-1252 byte.
                encoded.Append(spelled);
            }
            else if (TryWinAnsi(rune, bytes, out var b))
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('?');
            }
        }

        return encoded.ToString();
    }

    private static bool TryWinAnsi(Rune rune, Span<byte> bytes, out byte b)
    {
        b = 0;
        Span<char> chars = stackalloc char[2];
        var length = rune.EncodeToUtf16(chars);
        try
        {
            if (WinAnsi.GetBytes(chars[..length], bytes) != 1)
            {
                return false;
            }
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        b = bytes[0];
        return true;
    }
}
