namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// Cursor positions as the protocol counts them (since 5.2: Unicode code points) and as .NET strings do (UTF-16 code
/// units); they differ after any character outside the Basic Multilingual Plane, such as an emoji.
/// </summary>
internal static class CodePositions
{
    public static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var counted = 0; counted < codePoints && index < text.Length; counted++)
        {
            index += char.IsSurrogatePair(text, index) ? 2 : 1;
        }

        return index;
    }

    public static int ToCodePoints(string text, int utf16)
    {
        var end = Math.Clamp(utf16, 0, text.Length);
        var count = 0;
        for (var index = 0; index < end; index += char.IsSurrogatePair(text, index) ? 2 : 1)
        {
            count++;
        }

        return count;
    }
}
