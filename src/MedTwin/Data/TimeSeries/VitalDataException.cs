namespace MedTwin.Data.TimeSeries;

/// <summary>A vital-sign input that cannot be taken as it is. The message names the row, patient, code and time.</summary>
public sealed class VitalDataException : Exception
{
    internal VitalDataException(string where, string? patient, string? code, DateTime? timeUtc, string problem)
        : base(Describe(where, patient, code, timeUtc, problem))
    {
        Patient = patient;
        Code = code;
        TimeUtc = timeUtc;
    }

    /// <summary>The patient, when known.</summary>
    public string? Patient { get; }

    /// <summary>The code, when known.</summary>
    public string? Code { get; }

    /// <summary>The time, when known.</summary>
    public DateTime? TimeUtc { get; }

    private static string Describe(string where, string? patient, string? code, DateTime? timeUtc, string problem)
    {
        var parts = new List<string>();
        if (patient is not null)
        {
            parts.Add($"patient '{patient}'");
        }

        if (code is not null)
        {
            parts.Add($"code '{code}'");
        }

        if (timeUtc is { } time)
        {
            parts.Add("time " + UtcText.Format(time));
        }

        return parts.Count == 0 ? $"{where}: {problem}." : $"{where} ({string.Join(", ", parts)}): {problem}.";
    }
}
