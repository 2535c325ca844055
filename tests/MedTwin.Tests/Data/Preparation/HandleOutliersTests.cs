using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class HandleOutliersTests
{
    // Sorted 1, 2, 3, 4, 100: type-7 quartiles 2 and 4, IQR 2, Tukey fences 2 − 3 = −1 and 4 + 3 = 7.
    private static DataFrame Frame() => Of(Integers("x", 3, 1, 100, 2, 4));

    private static HandleOutliers Iqr(OutlierAction action) => new() { Columns = ["x"], Method = OutlierMethod.Iqr, Action = action };

    [Fact]
    public void Iqr_fences_are_learnt_and_values_outside_become_missing()
    {
        var result = Run(Iqr(OutlierAction.SetMissing), Frame());

        Assert.Equal([3, 1, null, 2, 4], Values(result.Data, "x"));
        Assert.Equal([new LearntStatistic("x", "lower fence", -1), new LearntStatistic("x", "upper fence", 7)], result.Report[1].Statistics);
        Assert.Equal([new CellChange(1, 2, "x", "100", null)], result.Report.Changes);
    }

    [Fact]
    public void Winsorising_replaces_a_value_by_the_fence_it_crossed_and_says_so()
    {
        var result = Run(Iqr(OutlierAction.Winsorise), Frame());

        Assert.Equal([3.0, 1.0, 7.0, 2.0, 4.0], Values(result.Data, "x"));
        Assert.Equal([new CellChange(1, 2, "x", "100", "7")], result.Report.Changes);
        Assert.StartsWith("Winsorised to the fence", result.Report[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Flagging_and_rejecting_keep_values_unclamped()
    {
        var flagged = Run(Iqr(OutlierAction.Flag), Frame());
        var rejected = Run(Iqr(OutlierAction.RejectRow), Frame());

        Assert.Equal([false, false, true, false, false], Values(flagged.Data, "x_outlier"));
        Assert.Equal([3, 1, 2, 4], Values(rejected.Data, "x"));
        Assert.Equal("x = 100 is outside the fences -1 to 7 learnt on the training rows", Assert.Single(rejected.Report.RemovedRows).Reason);
    }

    [Fact]
    public void Z_score_fences_use_the_mean_and_sample_standard_deviation()
    {
        // Mean 22; squared deviations 441 + 400 + 361 + 324 + 6084 = 7610; sd = sqrt(7610 / 4).
        var sd = Math.Sqrt(7610 / 4.0);

        var result = Run(new HandleOutliers { Columns = ["x"], Method = OutlierMethod.ZScore, Factor = 1.5, Action = OutlierAction.SetMissing }, Frame());

        Assert.Equal(22 - (1.5 * sd), result.Report[1].Statistics[0].Value!.Value, 12);
        Assert.Equal(22 + (1.5 * sd), result.Report[1].Statistics[1].Value!.Value, 12);
        Assert.Null(result.Data["x"][2]);
        Assert.Equal(0, Run(new HandleOutliers { Columns = ["x"], Method = OutlierMethod.ZScore, Action = OutlierAction.SetMissing }, Frame()).Report[1].CellsChanged);
    }

    [Fact]
    public void Percentile_winsorising_clamps_to_the_declared_quantiles()
    {
        // Type 7: the 0.1 quantile is 1 + 0.4 × (2 − 1) = 1.4; the 0.9 quantile is 4 + 0.6 × (100 − 4) = 61.6.
        var step = new HandleOutliers { Columns = ["x"], Method = OutlierMethod.Percentiles, Lower = 0.1, Upper = 0.9, Action = OutlierAction.Winsorise };

        var values = Values(Run(step, Frame()).Data, "x").Cast<double>().ToArray();

        Assert.Equal([3, 1.4, 61.6, 2, 4], values, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Contradictory_parameters_are_errors()
    {
        Fails(new HandleOutliers { Columns = ["x"], Method = OutlierMethod.Percentiles, Lower = 0.9, Upper = 0.1, Action = OutlierAction.Flag }, Frame(), null);
        Fails(new HandleOutliers { Columns = ["x"], Method = OutlierMethod.Iqr, Lower = 0.1, Action = OutlierAction.Flag }, Frame(), null);
        Fails(new HandleOutliers { Columns = ["x"], Method = OutlierMethod.Iqr, Factor = -1, Action = OutlierAction.Flag }, Frame(), null);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
