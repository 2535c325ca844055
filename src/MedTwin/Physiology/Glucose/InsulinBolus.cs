namespace MedTwin.Physiology.Glucose;

/// <summary>
/// A subcutaneous insulin bolus of <see cref="Units"/> U at <see cref="Time"/> min, given instantly: it adds
/// Units·6000/BW pmol/kg to the first subcutaneous compartment Isc1 (the limit of a short, fast infusion).
/// </summary>
public sealed record InsulinBolus
{
    /// <summary>A bolus of <paramref name="units"/> U at <paramref name="time"/> min.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is negative, the dose not positive, or either is not finite.</exception>
    public InsulinBolus(double time, double units)
    {
        Time = GlucoseInputCheck.NonNegative(time, nameof(time), "The bolus time (min)");
        Units = GlucoseInputCheck.Positive(units, nameof(units), "The bolus (U)");
    }

    /// <summary>When it is given (min from the start of the simulation).</summary>
    public double Time { get; }

    /// <summary>The dose (U).</summary>
    public double Units { get; }
}
