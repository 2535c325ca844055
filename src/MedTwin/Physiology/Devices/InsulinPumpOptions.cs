namespace MedTwin.Physiology.Devices;

/// <summary>Settings of an <see cref="InsulinPump"/>; the defaults are those of a typical tubed pump.</summary>
public sealed record InsulinPumpOptions
{
    /// <summary>Smallest bolus step (U); a bolus is rounded down to a multiple of it.</summary>
    public double BolusIncrementUnits { get; init => field = Require.Positive(value, nameof(BolusIncrementUnits)); } = 0.05;

    /// <summary>Smallest basal-rate step (U/h); a basal rate is rounded down to a multiple of it.</summary>
    public double BasalIncrementUnitsPerHour { get; init => field = Require.Positive(value, nameof(BasalIncrementUnitsPerHour)); } = 0.05;

    /// <summary>Largest bolus the pump delivers (U); a larger request is capped to it and the cap recorded.</summary>
    public double MaximumBolusUnits { get; init => field = Require.NonNegative(value, nameof(MaximumBolusUnits)); } = 15;

    /// <summary>Largest basal rate the pump delivers (U/h); a larger request is capped to it and the cap recorded.</summary>
    public double MaximumBasalUnitsPerHour { get; init => field = Require.NonNegative(value, nameof(MaximumBasalUnitsPerHour)); } = 5;

    /// <summary>Minutes over which a bolus is delivered at a constant rate (a pump delivers about 1.5 U/min).</summary>
    public double BolusDurationMinutes { get; init => field = Require.Positive(value, nameof(BolusDurationMinutes)); } = 1;
}
