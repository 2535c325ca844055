namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// Doses given at a constant rate from <see cref="StartDay"/> to <see cref="EndDay"/> (days since the start of the
/// simulation): a piecewise-constant input, so the solver stops at both ends.
/// </summary>
public sealed record VaccinationCampaign
{
    /// <summary>Creates a campaign, checking every value.</summary>
    /// <param name="startDay">First day of the campaign (days, non-negative).</param>
    /// <param name="endDay">Day the campaign stops (days, after <paramref name="startDay"/>; may be infinite).</param>
    /// <param name="dosesPerDay">Doses given per day (persons/day, non-negative).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or NaN, or the end is not after the start; the message names it.</exception>
    public VaccinationCampaign(double startDay, double endDay, double dosesPerDay)
    {
        StartDay = Require.NonNegative(startDay, nameof(startDay));
        EndDay = endDay > startDay ? endDay : throw new ArgumentOutOfRangeException(nameof(endDay), endDay, "endDay must be after startDay.");
        DosesPerDay = Require.NonNegative(dosesPerDay, nameof(dosesPerDay));
    }

    /// <summary>First day (days since the start of the simulation).</summary>
    public double StartDay { get; }

    /// <summary>Day the campaign stops (days); infinite for an open-ended one.</summary>
    public double EndDay { get; }

    /// <summary>Doses per day (persons/day).</summary>
    public double DosesPerDay { get; }

    /// <summary>The dose rate (persons/day) at <paramref name="day"/>: <see cref="DosesPerDay"/> in [start, end), else 0.</summary>
    public double RateAt(double day) => day >= StartDay && day < EndDay ? DosesPerDay : 0;

    /// <summary>Doses given from day 0 to <paramref name="day"/> (persons).</summary>
    public double DosesGivenBy(double day) => DosesPerDay * Math.Max(0, Math.Min(day, EndDay) - StartDay);
}
