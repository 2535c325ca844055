using MedTwin.Physiology.Vaccines;

namespace MedTwin.Tests.Physiology.Vaccines;

public sealed class AntibodyKineticsTests
{
    private static readonly AntibodyKinetics Kinetics = new() { BaselineTitre = 1, FoldRisePerDose = 10, DaysToPeak = 14, HalfLife = 100, CeilingTitre = 500 };

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 3.1622776601683795)] // halfway up a log-linear rise from 1 to 10: √10
    [InlineData(14, 10)]
    [InlineData(114, 5)]
    [InlineData(214, 2.5)]
    public void One_dose_rises_log_linearly_to_its_fold_rise_and_then_halves_every_half_life(double day, double titre)
    {
        Assert.Equal(titre, Kinetics.After([0]).At(day), 1e-12);
    }

    [Fact]
    public void Before_the_first_dose_the_titre_is_the_baseline()
    {
        Assert.Equal(1, Kinetics.After([30]).At(29.9), 1e-15);
    }

    [Fact]
    public void A_second_dose_multiplies_the_titre_it_meets_by_the_fold_rise()
    {
        var preBoost = 10 * Math.Pow(2, -14.0 / 100); // day 28, 14 days after the first peak

        var curve = Kinetics.After([0, 28]);

        Assert.Equal(preBoost, curve.At(28), 1e-12);
        Assert.Equal(10 * preBoost, curve.At(42), 1e-11);
        Assert.Equal(5 * preBoost, curve.At(142), 1e-11);
    }

    [Fact]
    public void A_dose_given_during_the_previous_rise_boosts_the_titre_reached_so_far()
    {
        var curve = Kinetics.After([0, 7]);

        Assert.Equal(10 * Math.Sqrt(10), curve.At(21), 1e-11);
    }

    [Fact]
    public void The_fold_rise_saturates_at_the_ceiling()
    {
        // Before the third dose the titre is 10·10·2^(−28/100) ≈ 82.4; ten-fold would be 824, above the ceiling of 500.
        var curve = Kinetics.After([0, 28, 56]);

        Assert.Equal(100 * Math.Pow(2, -28.0 / 100), curve.At(56), 1e-10);
        Assert.Equal(500, curve.At(70), 1e-10);
        Assert.Equal(500, curve.Peak, 1e-10);
    }

    [Fact]
    public void With_no_delay_a_dose_raises_the_titre_at_once()
    {
        var immediate = Kinetics with { DaysToPeak = 0 };

        Assert.Equal(10, immediate.After([5]).At(5), 1e-12);
        Assert.Equal(5, immediate.After([5]).At(105), 1e-12);
    }

    [Fact]
    public void The_days_at_or_above_a_titre_add_the_end_of_the_rise_and_the_start_of_the_waning()
    {
        // Titre 2: reached on the rise at 14·ln 2/ln 10 days, left 100·log2(10/2) days after the peak.
        var reached = 14 * Math.Log(2) / Math.Log(10);
        var left = 14 + (100 * Math.Log2(5));

        var curve = Kinetics.After([0]);

        Assert.Equal(left - reached, curve.DaysAtLeast(2, 1000), 1e-10);
        Assert.Equal(100 - reached, curve.DaysAtLeast(2, 100), 1e-10);
        Assert.Equal(left, curve.DayFallingBelowForGood(2)!.Value, 1e-10);
        Assert.Null(curve.DayFallingBelowForGood(20));
    }
}
