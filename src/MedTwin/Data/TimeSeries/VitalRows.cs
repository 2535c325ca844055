namespace MedTwin.Data.TimeSeries;

/// <summary>
/// Checked tidy vitals as columns: non-empty patient and code, UTC time, and a finite value or NaN for missing.
/// <see cref="Add"/> does the checks, naming the row, patient, code and time of what is wrong.
/// </summary>
internal sealed class VitalRows(int capacity, string rowName)
{
    private readonly List<string> patients = new(capacity);
    private readonly List<DateTime> times = new(capacity);
    private readonly List<string> codes = new(capacity);
    private readonly List<double> values = new(capacity);

    public int Count => patients.Count;

    public string RowName => rowName;

    public IReadOnlyList<string> Patients => patients;

    public IReadOnlyList<DateTime> Times => times;

    public IReadOnlyList<string> Codes => codes;

    /// <summary>The values, NaN where missing.</summary>
    public IReadOnlyList<double> Values => values;

    public string Where(int row) => $"{char.ToUpperInvariant(rowName[0])}{rowName[1..]} {row + 1}";

    public void Add(string? patient, DateTime time, string? code, double? value)
    {
        var row = patients.Count;
        if (string.IsNullOrWhiteSpace(patient))
        {
            throw new VitalDataException(Where(row), null, code, null, "the patient is empty; every value needs a patient");
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new VitalDataException(Where(row), patient, null, null, "the code is empty; every value needs a code");
        }

        if (time.Kind != DateTimeKind.Utc)
        {
            throw new VitalDataException(
                Where(row), patient, code, null,
                $"the time {time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture)} is of kind {time.Kind}; times must be UTC (DateTimeKind.Utc)");
        }

        if (value is { } number && !double.IsFinite(number))
        {
            throw new VitalDataException(
                Where(row), patient, code, time, $"the value is {UtcText.Format(number)}; a vital sign is a finite number, or missing");
        }

        patients.Add(patient);
        times.Add(time);
        codes.Add(code);
        values.Add(value ?? double.NaN);
    }
}
