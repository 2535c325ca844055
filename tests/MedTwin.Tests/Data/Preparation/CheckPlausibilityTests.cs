using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class CheckPlausibilityTests
{
    private static DataFrame Frame() => Of(Texts("id", "a", "b", "c", "d"), Integers("heartRate", 60, 400, null, -5));

    private static CheckPlausibility Step(ImplausibleValueAction action, double? low = null) => new()
    {
        Columns = [new PlausibleRange { Column = "heartRate", Unit = "/min", Low = low }],
        Action = action,
    };

    [Fact]
    public void Values_outside_the_built_in_range_become_missing_never_clamped()
    {
        var result = Run(Step(ImplausibleValueAction.SetMissing), Frame());

        Assert.Equal([60, null, null, null], Values(result.Data, "heartRate"));
        Assert.IsType<Int32DataFrameColumn>(result.Data["heartRate"]);
        Assert.Equal(
            [new CellChange(1, 1, "heartRate", "400", null), new CellChange(1, 3, "heartRate", "-5", null)],
            result.Report.Changes);
        Assert.Equal("Set missing the values outside their plausible ranges (heartRate 0 to 350 /min).", result.Report[1].Description);
    }

    [Fact]
    public void Flagging_adds_a_boolean_column_after_the_checked_one_and_keeps_the_values()
    {
        var result = Run(Step(ImplausibleValueAction.Flag), Frame());

        Assert.Equal(["id", "heartRate", "heartRate_implausible"], result.Data.Columns.Select(c => c.Name));
        Assert.Equal([60, 400, null, -5], Values(result.Data, "heartRate"));
        Assert.Equal([false, true, false, true], Values(result.Data, "heartRate_implausible"));
        Assert.Equal(["heartRate_implausible"], result.Report[1].ColumnsAdded);
        Assert.Equal(2, result.Report[1].CellsChanged);
    }

    [Fact]
    public void Rejecting_removes_the_rows_and_says_which_value_and_range()
    {
        var result = Run(Step(ImplausibleValueAction.RejectRow), Frame());

        Assert.Equal(["a", "c"], Values(result.Data, "id"));
        Assert.Equal([60, null], Values(result.Data, "heartRate"));
        Assert.Equal(
            [
                new RemovedRow(1, 1, "heartRate = 400 is outside the plausible range 0 to 350 /min"),
                new RemovedRow(1, 3, "heartRate = -5 is outside the plausible range 0 to 350 /min"),
            ],
            result.Report.RemovedRows);
    }

    [Fact]
    public void A_study_overrides_a_bound_per_column()
    {
        var result = Run(Step(ImplausibleValueAction.SetMissing, low: 61), Frame());

        Assert.Equal([null, null, null, null], Values(result.Data, "heartRate"));
    }

    [Fact]
    public void A_built_in_range_in_another_unit_is_converted_to_the_column_s_unit()
    {
        var step = new CheckPlausibility { Columns = [new PlausibleRange { Column = "glucose", Unit = "mmol/L" }] };

        var result = Run(step, Of(Numbers("glucose", 1.8, 5.5, 111.2)));

        // The table's 33 to 2000 mg/dL with glucose's molar mass 180.156 g/mol: 1.83175 to 111.0149 mmol/L.
        Assert.Equal([null, 5.5, null], Values(result.Data, "glucose"));
        Assert.Matches(@"glucose 1\.83174\d* to 111\.01489\d* mmol/L \(the table's 33 to 2000 mg/dL\)", result.Report[1].Description);
    }

    [Fact]
    public void A_unit_the_table_s_does_not_convert_to_is_an_error_naming_both_units()
    {
        var step = new CheckPlausibility { Columns = [new PlausibleRange { Column = "glucose", Unit = "mm[Hg]" }] };

        var error = Fails(step, Of(Numbers("glucose", 5.5)), "glucose");

        Assert.Contains("the column's unit is 'mm[Hg]' but the built-in range for 'glucose' is in 'mg/dL', which does not convert to it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_the_table_lacks_needs_both_bounds()
    {
        var missing = new CheckPlausibility { Columns = [new PlausibleRange { Column = "triceps", Unit = "mm", High = 100 }] };
        var declared = new CheckPlausibility { Columns = [new PlausibleRange { Column = "triceps", Unit = "mm", Low = 1, High = 100 }] };

        Assert.Contains("no variable 'triceps'", Fails(missing, Of(Numbers("triceps", 20)), "triceps").Message, StringComparison.Ordinal);
        Assert.Equal(0, Run(declared, Of(Numbers("triceps", 20))).Report[1].CellsChanged);
    }

    [Fact]
    public void A_low_bound_above_the_high_bound_is_a_contradiction()
    {
        var step = new CheckPlausibility { Columns = [new PlausibleRange { Column = "x", Unit = "1", Low = 10, High = 1 }] };

        Assert.Contains("low 10 is above high 1", Fails(step, Of(Numbers("x", 5)), "x").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_column_that_already_exists_is_an_error()
    {
        var frame = Of(Numbers("heartRate", 60), Texts("heartRate_implausible", "no"));

        Fails(Step(ImplausibleValueAction.Flag), frame, "heartRate_implausible");
    }

    [Fact]
    public void The_built_in_table_states_unit_and_source_for_every_range()
    {
        Assert.Equal(PhysiologicalRanges.All.Select(r => r.Variable).Order(StringComparer.Ordinal), PhysiologicalRanges.All.Select(r => r.Variable));
        Assert.All(PhysiologicalRanges.All, range =>
        {
            Assert.True(range.Low < range.High, range.Variable);
            Assert.Matches(@"^\S+$", range.Unit);
            Assert.False(string.IsNullOrWhiteSpace(range.Source));
        });
        Assert.Equal((33.0, 2000.0), (PhysiologicalRanges.Find("glucose")!.Low, PhysiologicalRanges.Find("glucose")!.High));
        Assert.Null(PhysiologicalRanges.Find("Glucose"));
        foreach (var variable in new[] { "heartRate", "respiratoryRate", "oxygenSaturation", "bodyTemperature", "systolicBloodPressure", "diastolicBloodPressure", "bmi", "bodyWeight", "bodyHeight", "age", "creatinine", "cholesterol", "potassium", "sodium" })
        {
            Assert.NotNull(PhysiologicalRanges.Find(variable));
        }
    }
}
