using System.Globalization;
using System.Text;

namespace MedTwin.Twins.Replay;

/// <summary>
/// Splits a recording into lines (ended by LF or CRLF) without ever holding more than one bounded line: a longer line is
/// reported as too long and skipped, so a hostile file cannot exhaust memory. Bytes are decoded as strict UTF-8 per
/// line, so a line that is not UTF-8 is reported rather than silently repaired. A byte-order mark before line 1 is dropped.
/// </summary>
internal static class LineSplitter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<RawLine> Lines(Stream stream, int maximumLength)
    {
        // A UTF-8 character takes at most 4 bytes, so more bytes than this cannot be a line of maximumLength characters.
        var maximumBytes = 4 * maximumLength;
        var line = new MemoryStream();
        var overflow = false;
        var number = 0L;
        var buffer = new byte[8192];
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    yield return Decoded(++number, line, overflow, maximumLength);
                    line.SetLength(0);
                    overflow = false;
                }
                else if (line.Length < maximumBytes)
                {
                    line.WriteByte(buffer[i]);
                }
                else
                {
                    overflow = true;
                }
            }
        }

        if (line.Length > 0 || overflow)
        {
            yield return Decoded(++number, line, overflow, maximumLength);
        }
    }

    public static IEnumerable<RawLine> Lines(TextReader reader, int maximumLength)
    {
        var line = new StringBuilder();
        var overflow = false;
        var number = 0L;
        var buffer = new char[8192];
        int count;
        while ((count = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                if (buffer[i] == '\n')
                {
                    yield return Checked(++number, line.ToString(), overflow, maximumLength);
                    line.Clear();
                    overflow = false;
                }
                else if (line.Length <= maximumLength)
                {
                    line.Append(buffer[i]);
                }
                else
                {
                    overflow = true;
                }
            }
        }

        if (line.Length > 0 || overflow)
        {
            yield return Checked(++number, line.ToString(), overflow, maximumLength);
        }
    }

    private static RawLine Decoded(long number, MemoryStream bytes, bool overflow, int maximumLength)
    {
        if (overflow)
        {
            return TooLong(number, maximumLength);
        }

        try
        {
            return Checked(number, StrictUtf8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length), false, maximumLength);
        }
        catch (DecoderFallbackException exception)
        {
            return new RawLine(number, null, string.Create(CultureInfo.InvariantCulture, $"line {number} is not valid UTF-8 (invalid byte at position {exception.Index + 1} of the line)"));
        }
    }

    private static RawLine Checked(long number, string text, bool overflow, int maximumLength)
    {
        text = text.EndsWith('\r') ? text[..^1] : text;
        if (number == 1 && text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        return overflow || text.Length > maximumLength ? TooLong(number, maximumLength) : new RawLine(number, text, null);
    }

    private static RawLine TooLong(long number, int maximumLength) =>
        new(number, null, string.Create(CultureInfo.InvariantCulture, $"line {number} is longer than {maximumLength} characters; an observation's line is far shorter"));
}
