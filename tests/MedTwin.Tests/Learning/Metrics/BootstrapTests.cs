using MedTwin.Learning;
using MedTwin.Learning.Metrics;
using MedTwin.Tests.Learning.Support;

namespace MedTwin.Tests.Learning.Metrics;

public sealed class BootstrapTests
{
    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        var (y, p, _, _) = PeerFiles.Scores();
        var options = new BootstrapOptions { Resamples = 200, Seed = 11 };

        Assert.Equal(Bootstrap.Intervals(y, p, Metric.Classification(), options), Bootstrap.Intervals(y, p, Metric.Classification(), options));
    }

    [Fact]
    public void The_interval_contains_the_estimate_for_pima_roc_auc()
    {
        var (y, p, _, _) = PeerFiles.Scores();

        var interval = Bootstrap.Interval(y, p, Metric.RocAuc, new BootstrapOptions { Resamples = 500, Seed = 3 });

        Assert.InRange(interval.Estimate, interval.Lower, interval.Upper);
        Assert.InRange(interval.Upper - interval.Lower, 0.03, 0.10);
        Assert.Equal(0, interval.UndefinedResamples);
    }

    [Fact]
    public void Resamples_with_one_class_are_counted_as_undefined_not_dropped_silently()
    {
        double[] labels = [1, .. Enumerable.Repeat(0.0, 9)];
        double[] scores = [0.9, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.95];

        var interval = Bootstrap.Interval(labels, scores, Metric.RocAuc, new BootstrapOptions { Resamples = 400, Seed = 5 });

        // P(no positive in 10 draws) = 0.9^10 ≈ 0.35.
        Assert.InRange(interval.UndefinedResamples, 100, 180);
        Assert.Equal(400, interval.Resamples);
        Assert.False(double.IsNaN(interval.Lower));
    }

    [Fact]
    public void Stratified_resampling_keeps_both_classes_in_every_resample()
    {
        double[] labels = [1, .. Enumerable.Repeat(0.0, 9)];
        double[] scores = [0.9, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.95];

        var interval = Bootstrap.Interval(labels, scores, Metric.RocAuc, new BootstrapOptions { Resamples = 400, Seed = 5, Stratified = true });

        Assert.Equal(0, interval.UndefinedResamples);
    }

    [Fact]
    public void Fewer_than_one_resample_is_refused()
    {
        var error = Assert.Throws<LearningException>(() => Bootstrap.Interval([1, 0], [0.6, 0.2], Metric.RocAuc, new BootstrapOptions { Resamples = 0, Seed = 1 }));
        Assert.Contains("resamples B must be at least 1; found 0", error.Message, StringComparison.Ordinal);
    }
}
