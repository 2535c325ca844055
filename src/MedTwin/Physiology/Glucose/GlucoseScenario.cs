using System.Globalization;

namespace MedTwin.Physiology.Glucose;

/// <summary>
/// What happens to a virtual patient over <see cref="Horizon"/> min from time 0: meals, a constant basal insulin rate
/// and insulin boluses. Meals must not overlap (a new meal resets the gastric emptying's meal amount, as in simglucose),
/// and every meal and bolus must begin before the horizon.
/// </summary>
public sealed record GlucoseScenario
{
    private const double MinutesPerDay = 24 * 60;

    /// <summary>A scenario; see the properties for the units.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not positive, the basal rate negative, an input not finite, or a meal or bolus is at or after the horizon.</exception>
    /// <exception cref="ArgumentException">Two meals overlap, or a list contains null.</exception>
    public GlucoseScenario(double horizon, IEnumerable<Meal>? meals = null, IEnumerable<InsulinBolus>? boluses = null, double? basalUnitsPerHour = null)
    {
        Horizon = GlucoseInputCheck.Positive(horizon, nameof(horizon), "The horizon (min)");
        Meals = [.. (meals ?? []).Select(m => m ?? throw new ArgumentException("A meal is null.", nameof(meals))).OrderBy(m => m.Start)];
        Boluses = [.. (boluses ?? []).Select(b => b ?? throw new ArgumentException("A bolus is null.", nameof(boluses))).OrderBy(b => b.Time)];
        BasalUnitsPerHour = basalUnitsPerHour is { } basal ? GlucoseInputCheck.NonNegative(basal, nameof(basalUnitsPerHour), "The basal rate (U/h)") : null;
        if (Meals.FirstOrDefault(m => m.Start >= Horizon) is { } late)
        {
            throw new ArgumentOutOfRangeException(nameof(meals), late.Start, Text($"The meal at {late.Start} min starts at or after the horizon {Horizon} min."));
        }

        if (Boluses.FirstOrDefault(b => b.Time >= Horizon) is { } lateBolus)
        {
            throw new ArgumentOutOfRangeException(nameof(boluses), lateBolus.Time, Text($"The bolus at {lateBolus.Time} min is at or after the horizon {Horizon} min."));
        }

        for (var i = 1; i < Meals.Count; i++)
        {
            if (Meals[i].Start < Meals[i - 1].End)
            {
                throw new ArgumentException(Text($"The meal at {Meals[i].Start} min begins before the meal at {Meals[i - 1].Start} min ends ({Meals[i - 1].End} min); meals must not overlap."), nameof(meals));
            }
        }
    }

    /// <summary>How long to simulate (min).</summary>
    public double Horizon { get; }

    /// <summary>The meals, by start time.</summary>
    public IReadOnlyList<Meal> Meals { get; }

    /// <summary>The boluses, by time.</summary>
    public IReadOnlyList<InsulinBolus> Boluses { get; }

    /// <summary>The constant basal insulin rate (U/h); null for the patient's own steady-state rate u2ss·BW/6000 U/min.</summary>
    public double? BasalUnitsPerHour { get; }

    /// <summary>
    /// <paramref name="days"/> days with breakfast, lunch and dinner at 7:00, 12:00 and 18:00 (minutes from midnight) of
    /// <paramref name="breakfast"/>, <paramref name="lunch"/> and <paramref name="dinner"/> g, at the patient's basal rate.
    /// </summary>
    public static GlucoseScenario ThreeMealsADay(int days, double breakfast = 50, double lunch = 70, double dinner = 80)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var meals = Enumerable.Range(0, days).SelectMany(day => new[]
        {
            new Meal((day * MinutesPerDay) + (7 * 60), breakfast),
            new Meal((day * MinutesPerDay) + (12 * 60), lunch),
            new Meal((day * MinutesPerDay) + (18 * 60), dinner),
        });
        return new GlucoseScenario(days * MinutesPerDay, meals);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
