namespace MedTwin.Physiology.Controllers;

/// <summary>
/// Insulin on board with the linear action curve many pumps' bolus calculators use: a dose's remaining fraction falls
/// linearly from 1 at delivery to 0 after the action duration. Doses may be negative (insulin withheld below a baseline).
/// </summary>
public sealed class LinearInsulinOnBoard
{
    private readonly List<(double TimeMinutes, double Units)> doses = [];

    /// <summary>Tracks doses whose action lasts <paramref name="actionDurationMinutes"/>.</summary>
    public LinearInsulinOnBoard(double actionDurationMinutes) =>
        ActionDurationMinutes = Require.Positive(actionDurationMinutes, nameof(actionDurationMinutes));

    /// <summary>How long a dose acts (min).</summary>
    public double ActionDurationMinutes { get; }

    /// <summary>The fraction of a dose still on board <paramref name="elapsedMinutes"/> after it was given.</summary>
    public double RemainingFraction(double elapsedMinutes) =>
        elapsedMinutes < 0 ? 0 : Math.Max(0, 1 - (elapsedMinutes / ActionDurationMinutes));

    /// <summary>Records <paramref name="units"/> given at <paramref name="timeMinutes"/>.</summary>
    public void Add(double timeMinutes, double units)
    {
        if (!double.IsFinite(timeMinutes))
        {
            throw new ArgumentOutOfRangeException(nameof(timeMinutes), timeMinutes, "timeMinutes must be finite.");
        }

        if (!double.IsFinite(units))
        {
            throw new ArgumentOutOfRangeException(nameof(units), units, "units must be finite.");
        }

        if (units != 0)
        {
            doses.Add((timeMinutes, units));
        }
    }

    /// <summary>The insulin on board (U) at <paramref name="timeMinutes"/>.</summary>
    public double At(double timeMinutes)
    {
        return doses.Sum(d => d.Units * RemainingFraction(timeMinutes - d.TimeMinutes));
    }
}
