using MedTwin.Data.Preparation;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class DropRowsAndColumnsTests
{
    [Fact]
    public void Rows_with_more_than_the_threshold_missing_are_removed_and_listed_with_the_reason()
    {
        var frame = Of(Numbers("a", 1, null, null, 4), Numbers("b", 1, 2, null, null), Texts("c", "x", "y", null, "z"));

        var result = Run(new DropRows { Columns = ["a", "b"], MaxMissingFraction = 0.5 }, frame);

        Assert.Equal([1.0, null, 4.0], Values(result.Data, "a"));
        var report = result.Report[1];
        Assert.Equal((4, 3, 1), (report.RowsBefore, report.RowsAfter, report.RowsRemoved));
        Assert.Equal([new RemovedRow(1, 2, "2 of 2 columns missing (a, b), more than 50%")], report.RemovedRows);
        Assert.Equal(["a", "b", "c"], report.Columns.Select(c => c.Column));
    }

    [Fact]
    public void Later_steps_report_rows_by_their_index_in_the_recipe_input()
    {
        var frame = Of(Numbers("a", null, 1, 2, null), Numbers("b", null, 5, 6, 7));
        var recipe = new PreparationRecipe
        {
            Steps =
            [
                new DropRows { MaxMissingFraction = 0.5 },
                new Impute { Columns = ["a"], Method = ImputeMethod.Constant, Value = 0 },
            ],
        };

        var result = recipe.Apply(frame);

        Assert.Equal([new RemovedRow(1, 0, "2 of 2 columns missing (a, b), more than 50%")], result.Report.RemovedRows);
        Assert.Equal([new CellChange(2, 3, "a", null, "0")], result.Report.Changes);
    }

    [Fact]
    public void Columns_are_dropped_by_their_missingness_in_the_training_rows_and_the_same_columns_go_from_held_out_rows()
    {
        var training = Of(Numbers("a", 1, 2, 3, 4), Numbers("b", null, null, null, 4), Numbers("c", 1, null, 3, 4));
        var heldOut = Of(Numbers("a", 5), Numbers("b", 6), Numbers("c", [null]));

        var fitted = new PreparationRecipe { Steps = [new DropColumns { MaxMissingFraction = 0.5 }] }.Fit(training);
        var result = fitted.Apply(heldOut);

        Assert.Equal(["a", "c"], result.Data.Columns.Select(c => c.Name));
        Assert.Equal(["b"], result.Report[1].ColumnsRemoved);
        Assert.Equal(
            [new LearntStatistic("a", "missing fraction", 0), new LearntStatistic("b", "missing fraction", 0.75), new LearntStatistic("c", "missing fraction", 0.25)],
            fitted.Steps[0].Statistics);
        Assert.Equal("Removed the columns with more than 50% missing in the training rows: b.", result.Report[1].Description);
    }

    [Fact]
    public void A_threshold_outside_zero_to_one_is_an_error()
    {
        var error = Fails(new DropRows { MaxMissingFraction = 1.5 }, Of(Numbers("a", 1)), null);

        Assert.Contains("'maxMissingFraction' must be a fraction from 0 to 1; found 1.5", error.Message, StringComparison.Ordinal);
        Fails(new DropColumns { MaxMissingFraction = -0.1 }, Of(Numbers("a", 1)), null);
    }
}
