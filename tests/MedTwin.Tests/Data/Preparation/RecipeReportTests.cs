using MedTwin.Data.Preparation;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class RecipeReportTests
{
    [Fact]
    public void The_report_lists_changes_up_to_the_limit_and_counts_them_all()
    {
        var frame = Of(Numbers("x", [.. Enumerable.Range(0, 1500).Select(i => (double?)i)]));

        var report = Run(new Scale { Columns = ["x"], Method = ScaleMethod.MinMax }, frame).Report[1];

        Assert.Equal(1500, report.CellsChanged);
        Assert.Equal(StepReport.RecordLimit, report.Changes.Count);
        Assert.Equal(new CellChange(1, 999, "x", "999", (999 / 1499.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture)), report.Changes[^1]);
    }

    [Fact]
    public void A_recipe_without_steps_returns_a_copy_and_an_empty_report()
    {
        var frame = Of(Numbers("x", 1));

        var result = new PreparationRecipe { Name = "nothing", Steps = [] }.Apply(frame);

        Assert.NotSame(frame, result.Data);
        Assert.Equal(Text(frame), Text(result.Data));
        Assert.Equal("Preparation report: nothing (0 steps, rows 1 -> 1)\n", result.Report.ToText());
    }

    [Fact]
    public void The_summary_has_one_plain_record_per_step_for_notebook_tables()
    {
        var frame = Of(Numbers("x", 0, 2, 4), Texts("sex", "f", "m", "f"));
        var recipe = new PreparationRecipe
        {
            Steps =
            [
                new DeclareMissing { Columns = ["x"], Values = [0] },
                new Encode { Columns = ["sex"], Method = EncodeMethod.OneHot, DropFirst = true },
            ],
        };

        var summary = recipe.Apply(frame).Report.Summary;

        Assert.Equal(
            [
                new StepSummary(1, "declareMissing", "Declared 0 missing in x.", 3, 3, 1, "", ""),
                new StepSummary(2, "encode", "One-hot encoded (first level dropped) sex [f, m].", 3, 3, 0, "sex_m", "sex"),
            ],
            summary);
    }

    [Fact]
    public void A_fitted_step_applied_alone_reports_as_step_one_and_keeps_what_it_learnt()
    {
        var fitted = new Impute { Columns = ["x"], Method = ImputeMethod.Mean }.Fit(Of(Numbers("x", 1, 3)));

        var result = fitted.Apply(Of(Numbers("x", null, 5)));

        Assert.Equal([2.0, 5.0], Values(result.Data, "x"));
        Assert.Equal(1, result.Report[1].Position);
        Assert.Equal("Filled missing values with the mean (x 2, learnt on the training rows).", fitted.Description);
        Assert.Equal(fitted.Statistics, result.Report[1].Statistics);
    }
}
