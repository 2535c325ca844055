namespace MedTwin.Twins.Alerts;

/// <summary>
/// How long a calmer picture must last before an alert steps down or clears: at least <paramref name="Assessments"/>
/// assessments in a row below the alert's severity, spanning at least <paramref name="Time"/>. Both are needed: a
/// monitor that re-scores at every reading would otherwise clear an alert within a minute.
/// </summary>
/// <param name="Assessments">Lower assessments in a row (at least 1).</param>
/// <param name="Time">Time from the first lower assessment to the one that settles (zero or more).</param>
public sealed record AlertSettling(int Assessments, TimeSpan Time)
{
    /// <summary>Three lower assessments over at least ten minutes.</summary>
    public static AlertSettling Default { get; } = new(3, TimeSpan.FromMinutes(10));

    internal AlertSettling Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Assessments, 1, nameof(Assessments));
        if (Time < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Time), Time, "The settling time must not be negative.");
        }

        return this;
    }
}
