using MedTwin.Physiology.GlucoseOutcomes;

namespace MedTwin.Tests.Physiology.GlucoseOutcomes;

public sealed class GlucoseOutcomeAnalysisTests
{
    private static double[] Times(int count) => [.. Enumerable.Range(0, count).Select(i => 5.0 * i)];

    [Fact]
    public void A_trace_all_at_112_5_mg_per_dl_has_almost_no_kovatchev_risk()
    {
        var summary = GlucoseOutcomeAnalysis.Summarise(Times(10), [.. Enumerable.Repeat(112.5, 10)]);

        Assert.InRange(Math.Abs(KovatchevRisk.Symmetrised(112.5)), 0, 1e-3);
        Assert.InRange(summary.LowBloodGlucoseIndex, 0, 1e-5);
        Assert.InRange(summary.HighBloodGlucoseIndex, 0, 1e-5);
        Assert.Equal(100, summary.PercentInRange);
        Assert.Equal(0, summary.StandardDeviationMgPerDl);
        Assert.Equal(3.31 + (0.02392 * 112.5), summary.GlucoseManagementIndicatorPercent, 12);
    }

    [Fact]
    public void Low_glucose_counts_only_in_lbgi_and_high_glucose_only_in_hbgi()
    {
        var low = GlucoseOutcomeAnalysis.Summarise(Times(2), [50, 60]);
        var high = GlucoseOutcomeAnalysis.Summarise(Times(2), [250, 300]);

        Assert.True(low.LowBloodGlucoseIndex > 10);
        Assert.Equal(0, low.HighBloodGlucoseIndex);
        Assert.True(high.HighBloodGlucoseIndex > 10);
        Assert.Equal(0, high.LowBloodGlucoseIndex);
    }

    [Fact]
    public void Range_limits_70_and_180_count_as_in_range_and_54_and_250_do_not_count_beyond_them()
    {
        var summary = GlucoseOutcomeAnalysis.Summarise(Times(4), [70, 180, 54, 250]);

        Assert.Equal(50, summary.PercentInRange);
        Assert.Equal(25, summary.PercentBelow70);
        Assert.Equal(0, summary.PercentBelow54);
        Assert.Equal(25, summary.PercentAbove180);
        Assert.Equal(0, summary.PercentAbove250);
    }

    [Fact]
    public void Readings_weigh_the_same_whatever_the_gap_between_them()
    {
        var regular = GlucoseOutcomeAnalysis.Summarise([0, 5, 10, 15], [60, 100, 100, 200]);
        var irregular = GlucoseOutcomeAnalysis.Summarise([0, 100, 105, 500], [60, 100, 100, 200]);

        Assert.Equal(regular with { DurationMinutes = 0 }, irregular with { DurationMinutes = 0 });
        Assert.Equal(500, irregular.DurationMinutes);
    }

    [Fact]
    public void The_text_rendering_is_culture_invariant()
    {
        var summary = GlucoseOutcomeAnalysis.Summarise(Times(3), [100, 150, 200]);
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var text = summary.ToText();
            Assert.Contains("Mean glucose              150.0 mg/dL", text, StringComparison.Ordinal);
            Assert.Contains("Time in range 70-180       66.7 %", text, StringComparison.Ordinal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void An_empty_trace_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => GlucoseOutcomeAnalysis.Summarise([], []));
        Assert.Contains("0 readings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_and_glucose_of_different_lengths_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => GlucoseOutcomeAnalysis.Summarise([0, 5, 10], [100, 110]));
        Assert.Contains("3 times but 2 glucose values", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.PositiveInfinity)]
    public void Glucose_that_is_not_positive_and_finite_is_rejected_naming_the_reading(double bad)
    {
        var error = Assert.Throws<ArgumentException>(() => GlucoseOutcomeAnalysis.Summarise([0, 5, 10], [100, bad, 120]));
        Assert.Equal("glucoseMgPerDl", error.ParamName);
        Assert.Contains("Glucose 1 (at 5 min)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsorted_or_repeated_times_are_rejected()
    {
        Assert.Contains("strictly increasing", Assert.Throws<ArgumentException>(() => GlucoseOutcomeAnalysis.Summarise([0, 10, 5], [100, 110, 120])).Message, StringComparison.Ordinal);
        Assert.Contains("strictly increasing", Assert.Throws<ArgumentException>(() => GlucoseOutcomeAnalysis.Summarise([0, 5, 5], [100, 110, 120])).Message, StringComparison.Ordinal);
        Assert.Equal("timesMinutes", Assert.Throws<ArgumentException>(() => GlucoseOutcomeAnalysis.Summarise([0, double.NaN], [100, 110])).ParamName);
    }

    [Fact]
    public void Kovatchev_risk_rejects_glucose_that_is_not_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KovatchevRisk.Risk(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KovatchevRisk.Symmetrised(double.NaN));
    }
}
