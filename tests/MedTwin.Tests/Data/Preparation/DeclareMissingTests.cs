using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class DeclareMissingTests
{
    [Fact]
    public void Sentinel_numbers_become_missing_and_the_column_keeps_its_type()
    {
        var frame = Of(Integers("glucose", 0, 85, null, 0), Integers("age", 0, 30, 40, 50));

        var result = Run(new DeclareMissing { Columns = ["glucose"], Values = [0] }, frame);

        Assert.IsType<Int32DataFrameColumn>(result.Data["glucose"]);
        Assert.Equal([null, 85, null, null], Values(result.Data, "glucose"));
        Assert.Equal([0, 30, 40, 50], Values(result.Data, "age"));
        var report = result.Report[1];
        Assert.Equal(2, report.CellsChanged);
        Assert.Equal([new CellChange(1, 0, "glucose", "0", null), new CellChange(1, 3, "glucose", "0", null)], report.Changes);
        var summary = Assert.Single(report.Columns);
        Assert.Equal(new ColumnSummary(1, "glucose", 1, 3, 0, 85, 85, 85, 85 / 3.0, 85), summary);
        Assert.Equal("Declared 0 missing in glucose.", report.Description);
    }

    [Fact]
    public void Labels_become_missing_in_text_columns_compared_exactly()
    {
        var frame = Of(Texts("smoker", "yes", "unknown", "Unknown", null));

        var result = Run(new DeclareMissing { Columns = ["smoker"], Labels = ["unknown"] }, frame);

        Assert.Equal(["yes", null, "Unknown", null], Values(result.Data, "smoker"));
        Assert.Equal(1, result.Report[1].CellsChanged);
    }

    [Fact]
    public void Non_finite_declares_NaN_and_infinities_missing()
    {
        var frame = Of(Numbers("x", double.NaN, 1.5, double.PositiveInfinity, double.NegativeInfinity));

        var result = Run(new DeclareMissing { Columns = ["x"], NonFinite = true }, frame);

        Assert.Equal([null, 1.5, null, null], Values(result.Data, "x"));
        Assert.Equal(["NaN", "Infinity", "-Infinity"], result.Report[1].Changes.Select(c => c.Before));
    }

    [Fact]
    public void A_step_that_declares_nothing_is_an_error_before_any_data_is_read()
    {
        var error = Assert.Throws<PreparationException>(() => new PreparationRecipe { Steps = [new DeclareMissing { Columns = ["x"] }] }.Validate());

        Assert.Equal("Step 1 'declareMissing': declares nothing missing: give 'values', 'labels' or \"nonFinite\": true.", error.Message);
    }

    [Fact]
    public void A_column_listed_twice_is_a_contradiction()
    {
        Fails(new DeclareMissing { Columns = ["x", "x"], Values = [0] }, Of(Numbers("x", 0)), "x");
    }

    [Fact]
    public void A_non_finite_sentinel_value_is_refused_in_favour_of_non_finite()
    {
        var error = Fails(new DeclareMissing { Columns = ["x"], Values = [double.NaN] }, Of(Numbers("x", 0)), null);

        Assert.Contains("nonFinite", error.Message, StringComparison.Ordinal);
    }
}
