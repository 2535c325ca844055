namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>One administration: when (h), how much (mg), by which route, and for an infusion over how long (h).</summary>
public sealed record Dose
{
    /// <summary>Creates a dose, checking every value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The time is negative or not finite, the amount is negative or not finite, or an infusion's duration is not positive
    /// (other routes must give 0); the message names the value.
    /// </exception>
    public Dose(double time, double amount, DoseRoute route, double infusionDuration = 0)
    {
        Time = Require.NonNegative(time, nameof(time));
        Amount = Require.NonNegative(amount, nameof(amount));
        if (!Enum.IsDefined(route))
        {
            throw new ArgumentOutOfRangeException(nameof(route), route, "Route must be IntravenousBolus, Infusion or Oral.");
        }

        Route = route;
        InfusionDuration = route == DoseRoute.Infusion
            ? Require.Positive(infusionDuration, nameof(infusionDuration))
            : infusionDuration == 0
                ? 0
                : throw new ArgumentOutOfRangeException(nameof(infusionDuration), infusionDuration, $"Only an infusion has a duration; a {route} dose must give 0.");
    }

    /// <summary>Time of the dose (h).</summary>
    public double Time { get; }

    /// <summary>Amount given (mg), before bioavailability.</summary>
    public double Amount { get; }

    /// <summary>The route.</summary>
    public DoseRoute Route { get; }

    /// <summary>Duration of an infusion (h); 0 for other routes.</summary>
    public double InfusionDuration { get; }

    /// <summary>An intravenous bolus of <paramref name="amount"/> mg at <paramref name="time"/> h.</summary>
    public static Dose Bolus(double time, double amount) => new(time, amount, DoseRoute.IntravenousBolus);

    /// <summary>An infusion of <paramref name="amount"/> mg starting at <paramref name="time"/> h and lasting <paramref name="duration"/> h.</summary>
    public static Dose Infusion(double time, double amount, double duration) => new(time, amount, DoseRoute.Infusion, duration);

    /// <summary>An oral dose of <paramref name="amount"/> mg at <paramref name="time"/> h.</summary>
    public static Dose Oral(double time, double amount) => new(time, amount, DoseRoute.Oral);

    /// <summary>The same dose moved to <paramref name="time"/>.</summary>
    public Dose At(double time) => new(time, Amount, Route, InfusionDuration);
}
