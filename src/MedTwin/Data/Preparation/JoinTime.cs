using System.Globalization;

namespace MedTwin.Data.Preparation;

/// <summary>A row's time for the <see cref="ConflictResolution.Latest"/> rule: a date-time or a number (e.g. study day).</summary>
internal readonly record struct JoinTime(DateTimeOffset? Instant, double? Number) : IComparable<JoinTime>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
    ];

    public bool IsNumber => Number is not null;

    /// <summary>Reads a time cell: a date-time, an ISO 8601 text (UTC unless it states an offset) or a finite number.</summary>
    public static JoinTime? Read(object? value) => value switch
    {
        DateTime time => new JoinTime(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)), null),
        string text when DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) =>
            new JoinTime(instant, null),
        string => null,
        _ when FrameColumns.ToDouble(value) is { } number && double.IsFinite(number) => new JoinTime(null, number),
        _ => null,
    };

    public int CompareTo(JoinTime other) => IsNumber ? Number!.Value.CompareTo(other.Number!.Value) : Instant!.Value.CompareTo(other.Instant!.Value);

    public override string ToString() => IsNumber ? ValueText.Number(Number!.Value) : Instant!.Value.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
