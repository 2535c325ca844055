using MedTwin.Physiology.Vaccines;

namespace MedTwin.Tests.Physiology.Vaccines;

public sealed class BoosterTimingTests
{
    // Titres as a fold of the mean convalescent level; Khoury et al.'s 108-day half-life.
    private static readonly AntibodyKinetics Kinetics = new() { BaselineTitre = 0.05, FoldRisePerDose = 20, DaysToPeak = 14, HalfLife = 108 };

    [Fact]
    public void Protection_against_symptomatic_infection_falls_below_50_percent_when_the_titre_wanes_to_n50()
    {
        // Peak 1.0 on day 14; titre 0.202 after 108·log2(1/0.202) more days.
        var expected = 14 + (108 * Math.Log2(1 / 0.202));

        var day = BoosterTiming.DayProtectionFallsBelow(Kinetics, ProtectionCurve.KhouryAgainstSymptomaticInfection, [0], 0.5);

        Assert.Equal(expected, day!.Value, 1e-9);
        Assert.Equal(263.218, day.Value, 1e-3);
    }

    [Fact]
    public void A_threshold_never_reached_has_no_day()
    {
        Assert.Null(BoosterTiming.DayProtectionFallsBelow(Kinetics, ProtectionCurve.KhouryAgainstSymptomaticInfection, [0], 0.99));
    }

    [Fact]
    public void Schedules_are_compared_by_peak_protection_day_of_falling_below_and_days_protected()
    {
        var curve = ProtectionCurve.KhouryAgainstSymptomaticInfection;
        VaccineSchedule[] schedules = [new("one dose", [0]), new("booster day 180", [0, 180]), new("booster day 300", [0, 300])];

        var compared = BoosterTiming.Compare(Kinetics, curve, schedules, threshold: 0.5, horizon: 730);

        // One dose: n50 = 0.202 reached on the rise after 14·ln(0.202/0.05)/ln 20 days, left on day 263.22.
        var reached = 14 * Math.Log(0.202 / 0.05) / Math.Log(20);
        var fallsBelow = 14 + (108 * Math.Log2(1 / 0.202));
        Assert.Equal(curve.Protection(1), compared[0].PeakProtection, 1e-12);
        Assert.Equal(fallsBelow, compared[0].DayProtectionFallsBelowThreshold!.Value, 1e-9);
        Assert.Equal(fallsBelow - reached, compared[0].DaysProtected, 1e-9);

        // Booster on day 180, before protection is lost: the titre there is 2^(−166/108), boosted 20-fold by day 194.
        var boostedPeak = 20 * Math.Pow(2, -166.0 / 108);
        Assert.Equal(194 + (108 * Math.Log2(boostedPeak / 0.202)), compared[1].DayProtectionFallsBelowThreshold!.Value, 1e-9);
        Assert.Equal(730 - reached, compared[1].DaysProtected, 1e-9); // still protected at the horizon

        // Booster on day 300 comes after protection was lost on day 263: unprotected until the titre is back at n50.
        var backAt = 300 + (14 * Math.Log(0.202 / Math.Pow(2, -286.0 / 108)) / Math.Log(20));
        Assert.Equal(fallsBelow - reached + (730 - backAt), compared[2].DaysProtected, 1e-9);
        Assert.Equal(["one dose", "booster day 180", "booster day 300"], compared.Select(c => c.Schedule.Name));
    }

    [Fact]
    public void Without_a_ceiling_the_end_of_protection_does_not_depend_on_the_booster_day_and_with_one_a_later_booster_lasts_longer()
    {
        // A boost multiplies whatever titre is left, so the final titre curve is the same after any booster day past the
        // first peak: 20·20·0.05·2^(−(t − 28)/108). A ceiling caps the boost, so boosting later, from a lower titre, wastes less.
        var curve = ProtectionCurve.KhouryAgainstSymptomaticInfection;
        var uncapped = new[] { 180.0, 300 }.Select(day => BoosterTiming.DayProtectionFallsBelow(Kinetics, curve, [0, day], 0.5)!.Value).ToArray();
        var capped = new[] { 180.0, 300 }.Select(day => BoosterTiming.DayProtectionFallsBelow(Kinetics with { CeilingTitre = 2 }, curve, [0, day], 0.5)!.Value).ToArray();

        Assert.Equal(28 + (108 * Math.Log2(20 / 0.202)), uncapped[0], 1e-9);
        Assert.Equal(uncapped[0], uncapped[1], 1e-9);
        Assert.Equal(194 + (108 * Math.Log2(2 / 0.202)), capped[0], 1e-9);
        Assert.Equal(314 + (108 * Math.Log2(2 / 0.202)), capped[1], 1e-9);
    }
}
