using MedTwin.Learning.Metrics;

namespace MedTwin.Learning.Tuning;

/// <summary>How candidates are chosen and the tuned model reported.</summary>
public sealed record TuningOptions
{
    /// <summary>The study seed: inner folds and every fit's seed are derived from it.</summary>
    public required int Seed { get; init; }

    /// <summary>The metric that chooses (it must be a score or a loss, not a calibration measure).</summary>
    public required Metric SelectionMetric { get; init; }

    /// <summary>The inner folds (k) for choosing, on each outer training set (stratified for classification).</summary>
    public int InnerFolds { get; init; } = 5;

    /// <summary>The metrics reported on the outer folds; null for every metric of the task.</summary>
    public IReadOnlyList<Metric>? Metrics { get; init; }

    /// <summary>Bootstrap resamples for the outer pooled intervals.</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>The confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The name of the tuned model in tables.</summary>
    public string Name { get; init; } = "tuned model";
}
