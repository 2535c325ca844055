using System.Globalization;
using System.Text;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Replay;

/// <summary>
/// One observation as a CSV line (RFC 4180): the fields of <see cref="Header"/> in order, a field quoted when it holds
/// a comma or a quote (a quote doubled inside), numbers and times culture-invariant, values in their shortest
/// round-trip form. A field may not hold a line break: a recording keeps one observation a line.
/// </summary>
internal static class CsvObservationLine
{
    public const string Header = "patient,code,value,unit,time,device,seq";

    private static readonly string[] Columns = Header.Split(',');

    public static string Write(Observation observation) => string.Join(',', new[]
    {
        observation.PatientId,
        observation.Code,
        observation.Value.ToString("R", CultureInfo.InvariantCulture),
        observation.Unit,
        TwinJson.Time(observation.Time),
        observation.DeviceId,
        observation.Sequence.ToString(CultureInfo.InvariantCulture),
    }.Select(Quoted));

    public static RecordedLine Read(long number, string line)
    {
        var (fields, error) = Split(line);
        if (fields is null)
        {
            return Malformed(number, $"line {number} is not valid CSV: {error}");
        }

        if (fields.Count != Columns.Length)
        {
            return Malformed(number, string.Create(CultureInfo.InvariantCulture, $"line {number} has {fields.Count} fields; expected {Columns.Length} ({Header})"));
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Length == 0)
            {
                return Malformed(number, Field(number, i, "is empty"));
            }
        }

        if (!Value(fields[2], out var value))
        {
            return Malformed(number, Field(number, 2, $"must be a number (or NaN, Infinity, -Infinity); found '{Shorten(fields[2])}'"));
        }

        if (!TwinJson.TryReadTime(fields[4], out var time))
        {
            return Malformed(number, Field(number, 4, $"must be an ISO 8601 time with an offset (2026-12-02T08:00:00Z); found '{Shorten(fields[4])}'"));
        }

        if (!long.TryParse(fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return Malformed(number, Field(number, 6, $"must be a whole number from 0 up; found '{Shorten(fields[6])}'"));
        }

        return new RecordedLine(number, new Observation(fields[0], fields[1], value, fields[3], time, fields[5], sequence), null);
    }

    // NaN and the infinities are read, as the wire form reads them, so that a twin says "not finite" rather than "malformed".
    private static bool Value(string text, out double value)
    {
        if (text is "NaN" or "Infinity" or "-Infinity")
        {
            value = double.Parse(text, CultureInfo.InvariantCulture);
            return true;
        }

        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static (List<string>? Fields, string Error) Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                var opening = i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return (null, string.Create(CultureInfo.InvariantCulture, $"the quote opened at character {opening + 1} is never closed"));
                    }

                    if (line[i] != '"')
                    {
                        field.Append(line[i++]);
                    }
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else
                    {
                        i++;
                        break;
                    }
                }

                if (i < line.Length && line[i] != ',')
                {
                    return (null, string.Create(CultureInfo.InvariantCulture, $"character {i + 1} follows a closing quote; expected a comma or the end of the line"));
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"')
                    {
                        return (null, string.Create(CultureInfo.InvariantCulture, $"character {i + 1} is a quote inside an unquoted field; a field holding a quote must be quoted"));
                    }

                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return (fields, "");
            }

            i++;
        }
    }

    private static string Field(long number, int index, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"line {number}, column {index + 1} '{Columns[index]}' {problem}");

    private static string Quoted(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal)
            ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : field;

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";

    private static RecordedLine Malformed(long number, string detail) => new(number, null, new ObservationRejection(RejectionReason.Malformed, detail));
}
