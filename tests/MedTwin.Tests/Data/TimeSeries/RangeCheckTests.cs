using MedTwin.Data.TimeSeries;
using static MedTwin.Tests.Data.TimeSeries.VitalTimes;

namespace MedTwin.Tests.Data.TimeSeries;

public sealed class RangeCheckTests
{
    private static VitalSigns Vitals() => VitalSigns.FromObservations(
    [
        new("p1", At(0), "hr", 72), new("p1", At(1), "hr", 0), new("p1", At(2), "hr", 300), new("p1", At(3), "hr", null),
        new("p1", At(0), "spo2", 101), new("p2", At(0), "hr", 20), new("p2", At(0), "temp", 37.2),
    ]);

    private static readonly PlausibleRange[] Ranges = [new("spo2", 50, 100), new("hr", 20, 250)];

    [Fact]
    public void Implausible_values_are_set_missing_and_listed_with_patient_code_time_and_range()
    {
        var (vitals, report) = Vitals().CheckRanges(Ranges, OutOfRangeAction.SetMissing);

        Assert.Equal([72.0, null, null, null], vitals["p1", "hr"].Values);
        Assert.Equal([null], vitals["p1", "spo2"].Values);
        Assert.Equal([20.0], vitals["p2", "hr"].Values);
        Assert.Equal(
            [new RangeViolation("p1", "hr", At(1), 0, 20, 250), new RangeViolation("p1", "hr", At(2), 300, 20, 250), new RangeViolation("p1", "spo2", At(0), 101, 50, 100)],
            report.Violations);
    }

    [Fact]
    public void Flagging_keeps_the_values_and_lists_them()
    {
        var (vitals, report) = Vitals().CheckRanges(Ranges, OutOfRangeAction.Flag);

        Assert.Equal([72.0, 0.0, 300.0, null], vitals["p1", "hr"].Values);
        Assert.Equal(3, report.Violations.Count);
        Assert.Equal(OutOfRangeAction.Flag, report.Action);
    }

    [Fact]
    public void The_report_counts_per_code_with_bounds_included_and_names_unchecked_codes()
    {
        var report = Vitals().CheckRanges(Ranges, OutOfRangeAction.SetMissing).Report;

        Assert.Equal([new RangeCount("hr", 20, 250, 4, 1, 1), new RangeCount("spo2", 50, 100, 1, 0, 1)], report.Counts);
        Assert.Equal(["temp"], report.UncheckedCodes);
        Assert.Equal(
            """
            Plausible-range check: 3 implausible values set missing
              code  min  max  checked  below  above
              hr     20  250        4      1      1
              spo2   50  100        1      0      1
            No range declared (not checked): temp

            """.ReplaceLineEndings("\n"),
            report.ToText());
    }

    [Fact]
    public void The_check_is_recorded_as_a_step()
    {
        var step = Vitals().CheckRanges(Ranges, OutOfRangeAction.SetMissing).Vitals.Steps[^1];

        Assert.Equal(
            new VitalsStep(2, "check plausible ranges, set missing", "5 values checked against 2 ranges; 3 implausible values set missing; 1 codes without a declared range"),
            step);
    }

    [Fact]
    public void Checking_does_not_change_the_input()
    {
        var vitals = Vitals();

        vitals.CheckRanges(Ranges, OutOfRangeAction.SetMissing);

        Assert.Equal([72.0, 0.0, 300.0, null], vitals["p1", "hr"].Values);
    }

    [Fact]
    public void An_infinite_bound_leaves_that_side_open()
    {
        var report = Vitals().CheckRanges([new PlausibleRange("hr", 1, double.PositiveInfinity)], OutOfRangeAction.Flag).Report;

        Assert.Equal(new RangeViolation("p1", "hr", At(1), 0, 1, double.PositiveInfinity), Assert.Single(report.Violations));
    }

    [Fact]
    public void A_range_with_its_minimum_above_its_maximum_is_an_error_naming_the_code()
    {
        var error = Assert.Throws<ArgumentException>(() => Vitals().CheckRanges([new PlausibleRange("hr", 250, 20)], OutOfRangeAction.Flag));

        Assert.Contains("The plausible range of code 'hr' is [250, 20]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_declared_twice_is_an_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Vitals().CheckRanges([new PlausibleRange("hr", 20, 250), new PlausibleRange("hr", 30, 200)], OutOfRangeAction.Flag));

        Assert.Contains("Code 'hr' has more than one declared plausible range.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_range_rules_apply_after_resampling()
    {
        var resampled = Vitals().Resample(TimeSpan.FromMinutes(5), GridAggregation.Max);

        var (vitals, report) = resampled.CheckRanges(Ranges, OutOfRangeAction.SetMissing);

        Assert.Equal([null], vitals["p1", "hr"].Values);
        Assert.Equal(new RangeViolation("p1", "hr", At(0), 300, 20, 250), report.Violations[0]);
    }
}
