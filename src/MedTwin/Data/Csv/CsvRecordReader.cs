using System.Text;

namespace MedTwin.Data.Csv;

/// <summary>
/// Splits RFC 4180 CSV text (comma, double-quote quoting with "" escapes, LF or CRLF line ends) into records.
/// Written here rather than taken from a package because errors must name the exact line, and nothing may be
/// trimmed, skipped or guessed: a blank line is a record with one empty field, not something to pass over.
/// </summary>
internal static class CsvRecordReader
{
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var startLine = line;
            var fields = ReadRecord(text, ref position, ref line);
            yield return new CsvRecord(startLine, fields);
        }
    }

    private static List<string> ReadRecord(string text, ref int position, ref int line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            if (position < text.Length && text[position] == '"')
            {
                ReadQuoted(text, ref position, ref line, field);
            }
            else
            {
                ReadUnquoted(text, ref position, line, field);
            }

            fields.Add(field.ToString());
            field.Clear();

            if (position >= text.Length)
            {
                return fields;
            }

            var separator = text[position];
            if (separator == ',')
            {
                position++;
                continue;
            }

            position += separator == '\r' ? 2 : 1;
            line++;
            return fields;
        }
    }

    private static void ReadUnquoted(string text, ref int position, int line, StringBuilder field)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ',' or '\n')
            {
                return;
            }

            if (c == '\r')
            {
                if (position + 1 < text.Length && text[position + 1] == '\n')
                {
                    return;
                }

                throw new CsvSyntaxException(line, "a carriage return not followed by a line feed");
            }

            if (c == '"')
            {
                throw new CsvSyntaxException(line, "a double quote inside an unquoted field");
            }

            field.Append(c);
            position++;
        }
    }

    private static void ReadQuoted(string text, ref int position, ref int line, StringBuilder field)
    {
        var openedOn = line;
        position++;
        while (true)
        {
            if (position >= text.Length)
            {
                throw new CsvSyntaxException(openedOn, "a quoted field that is never closed");
            }

            var c = text[position++];
            if (c == '"')
            {
                if (position < text.Length && text[position] == '"')
                {
                    field.Append('"');
                    position++;
                    continue;
                }

                break;
            }

            if (c == '\n')
            {
                line++;
            }

            field.Append(c);
        }

        var atEnd = position >= text.Length
            || text[position] is ',' or '\n'
            || (text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n');
        if (!atEnd)
        {
            throw new CsvSyntaxException(line, "text after the closing quote of a field");
        }
    }
}
