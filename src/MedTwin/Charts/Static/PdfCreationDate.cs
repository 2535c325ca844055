using System.Text;
using System.Text.RegularExpressions;

namespace MedTwin.Charts.Static;

/// <summary>
/// OxyPlot's PDF writer stamps <c>/CreationDate</c> with the machine's local time, so two renderings of one figure
/// differ. The stamp has a fixed length (<c>(D:yyyyMMddHHmmss±zz'00)</c>); replacing it by a fixed stamp of the same
/// length keeps every byte offset, and so the cross-reference table, valid.
/// </summary>
internal static partial class PdfCreationDate
{
    private const string Fixed = "(D:20000101000000+00'00)";

    public static byte[] Fix(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so offsets and binary stream contents survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        var stamps = Stamp().Matches(text);
        if (stamps.Count != 1)
        {
            throw new InvalidOperationException($"Expected one /CreationDate in the rendered PDF; found {stamps.Count}.");
        }

        var value = stamps[0].Groups["value"];
        return Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, value.Index), Fixed, text.AsSpan(value.Index + value.Length)));
    }

    [GeneratedRegex(@"/CreationDate\s*(?<value>\(D:\d{14}[+-]\d{2}'00\))", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
