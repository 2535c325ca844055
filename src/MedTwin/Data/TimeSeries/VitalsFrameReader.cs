using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.TimeSeries;

/// <summary>Reads a tidy vitals DataFrame into checked rows.</summary>
internal static partial class VitalsFrameReader
{
    public static VitalRows Read(DataFrame frame, VitalColumns columns)
    {
        var patient = Column(frame, columns.Patient, "Patient");
        var time = Column(frame, columns.Time, "Time");
        var code = Column(frame, columns.Code, "Code");
        var value = Column(frame, columns.Value, "Value");
        if (time.DataType != typeof(DateTime) && time.DataType != typeof(string))
        {
            throw new ArgumentException(
                $"Time column '{time.Name}' holds {time.DataType.Name} values; expected DateTime (UTC) or ISO 8601 text with a zone, e.g. 2024-03-01T08:05:00Z.", nameof(frame));
        }

        if (!value.IsNumericColumn())
        {
            throw new ArgumentException($"Value column '{value.Name}' holds {value.DataType.Name} values; vital signs are numbers.", nameof(frame));
        }

        var count = checked((int)frame.Rows.Count);
        var rows = new VitalRows(count, "row");
        for (var row = 0; row < count; row++)
        {
            var patientText = Text(patient[row]);
            var codeText = Text(code[row]);
            var timeUtc = Time(rows, row, time[row], patientText, codeText);
            var number = value[row] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : (double?)null;
            rows.Add(patientText, timeUtc, codeText, number);
        }

        return rows;
    }

    private static DataFrameColumn Column(DataFrame frame, string name, string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var index = frame.Columns.IndexOf(name);
        if (index < 0)
        {
            throw new ArgumentException(
                $"{role} column '{name}' is not in the frame; its columns are {string.Join(", ", frame.Columns.Select(c => c.Name))}.", nameof(frame));
        }

        return frame.Columns[index];
    }

    private static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);

    private static DateTime Time(VitalRows rows, int row, object? value, string? patient, string? code)
    {
        switch (value)
        {
            case DateTime time:
                return time;
            case string text when ZonePattern().IsMatch(text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                return parsed.UtcDateTime;
            case string text:
                throw new VitalDataException(
                    rows.Where(row), patient, code, null,
                    $"the time \"{text}\" is not an ISO 8601 time with a zone; write it in UTC, e.g. 2024-03-01T08:05:00Z, or with an offset such as +01:00");
            default:
                throw new VitalDataException(rows.Where(row), patient, code, null, "the time is empty; every value needs a time");
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ZonePattern();
}
