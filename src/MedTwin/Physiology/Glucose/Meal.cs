namespace MedTwin.Physiology.Glucose;

/// <summary>
/// A meal: <see cref="Carbohydrate"/> g eaten at a constant rate from <see cref="Start"/> for <see cref="Duration"/>
/// min, a piecewise-constant carbohydrate input of 1000·grams/duration mg/min.
/// </summary>
public sealed record Meal
{
    /// <summary>simglucose's eating rate (g/min), which sets the default duration.</summary>
    public const double DefaultEatingRate = 5;

    /// <summary>A meal of <paramref name="carbohydrate"/> g from <paramref name="start"/> min, eaten over <paramref name="duration"/> min (default: at 5 g/min, as simglucose, but at least 1 min).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative, the carbohydrate not positive, the duration not positive, or any is not finite.</exception>
    public Meal(double start, double carbohydrate, double? duration = null)
    {
        Start = GlucoseInputCheck.NonNegative(start, nameof(start), "The meal's start (min)");
        Carbohydrate = GlucoseInputCheck.Positive(carbohydrate, nameof(carbohydrate), "The meal's carbohydrate (g)");
        Duration = duration is { } given
            ? GlucoseInputCheck.Positive(given, nameof(duration), "The meal's duration (min)")
            : Math.Max(carbohydrate / DefaultEatingRate, 1);
    }

    /// <summary>When eating begins (min from the start of the simulation).</summary>
    public double Start { get; }

    /// <summary>Carbohydrate eaten (g).</summary>
    public double Carbohydrate { get; }

    /// <summary>How long eating lasts (min).</summary>
    public double Duration { get; }

    /// <summary>When eating ends (min).</summary>
    public double End => Start + Duration;
}
