using System.Globalization;

namespace MedTwin.Physiology.Controllers;

/// <summary>The largest basal rate and bolus a controller may propose; a larger value is reduced to the limit and the reduction stated in the proposal.</summary>
public sealed record ControllerSafetyLimits
{
    /// <summary>Largest basal rate (U/h).</summary>
    public double MaximumBasalUnitsPerHour { get; init => field = Require.NonNegative(value, nameof(MaximumBasalUnitsPerHour)); } = 5;

    /// <summary>Largest bolus (U).</summary>
    public double MaximumBolusUnits { get; init => field = Require.NonNegative(value, nameof(MaximumBolusUnits)); } = 15;

    /// <summary>
    /// The proposal of <paramref name="basalUnitsPerHour"/> and <paramref name="bolusUnits"/> within these limits; a reduced
    /// value is stated after <paramref name="reason"/> and flagged in <see cref="InsulinProposal.WasLimited"/>.
    /// </summary>
    public InsulinProposal Bound(double timeMinutes, double basalUnitsPerHour, double bolusUnits, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (!double.IsFinite(timeMinutes))
        {
            throw new ArgumentOutOfRangeException(nameof(timeMinutes), timeMinutes, "timeMinutes must be finite.");
        }

        Require.NonNegative(basalUnitsPerHour, nameof(basalUnitsPerHour));
        Require.NonNegative(bolusUnits, nameof(bolusUnits));
        var notes = new List<string> { reason };
        var limited = false;
        if (basalUnitsPerHour > MaximumBasalUnitsPerHour)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"basal {basalUnitsPerHour:0.###} U/h limited to {MaximumBasalUnitsPerHour:0.###} U/h"));
            basalUnitsPerHour = MaximumBasalUnitsPerHour;
            limited = true;
        }

        if (bolusUnits > MaximumBolusUnits)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"bolus {bolusUnits:0.###} U limited to {MaximumBolusUnits:0.###} U"));
            bolusUnits = MaximumBolusUnits;
            limited = true;
        }

        return new InsulinProposal(timeMinutes, basalUnitsPerHour, bolusUnits, string.Join("; ", notes), limited);
    }
}
