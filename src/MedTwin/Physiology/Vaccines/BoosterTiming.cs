using MedTwin.Physiology.Epidemics;

namespace MedTwin.Physiology.Vaccines;

/// <summary>
/// Compares dose schedules by the protection their titre curves give: because protection rises with titre, protection
/// ≥ p exactly when titre ≥ the curve's <see cref="ProtectionCurve.TitreFor"/>(p), so every answer is closed-form.
/// </summary>
public static class BoosterTiming
{
    /// <summary>
    /// The day protection falls below <paramref name="threshold"/> for good after the doses on <paramref name="doseDays"/>
    /// (days): when to boost at the latest; null if protection never reaches the threshold.
    /// </summary>
    public static double? DayProtectionFallsBelow(AntibodyKinetics kinetics, ProtectionCurve protection, IEnumerable<double> doseDays, double threshold)
    {
        ArgumentNullException.ThrowIfNull(kinetics);
        ArgumentNullException.ThrowIfNull(protection);
        return kinetics.After(doseDays).DayFallingBelowForGood(protection.TitreFor(threshold));
    }

    /// <summary>Evaluates each schedule over [0, <paramref name="horizon"/>] days against <paramref name="threshold"/>, in the order given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not strictly between 0 and 1, or the horizon is not positive.</exception>
    public static IReadOnlyList<ScheduleProtection> Compare(AntibodyKinetics kinetics, ProtectionCurve protection, IEnumerable<VaccineSchedule> schedules, double threshold, double horizon)
    {
        ArgumentNullException.ThrowIfNull(kinetics);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(schedules);
        var titre = protection.TitreFor(threshold);
        Require.Positive(horizon, nameof(horizon));
        return
        [
            .. schedules.Select(schedule =>
            {
                var curve = kinetics.After(schedule.DoseDays);
                return new ScheduleProtection(schedule, protection.Protection(curve.Peak), curve.DayFallingBelowForGood(titre), curve.DaysAtLeast(titre, horizon));
            }),
        ];
    }
}
