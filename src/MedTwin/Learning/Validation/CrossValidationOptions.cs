using MedTwin.Learning.Metrics;

namespace MedTwin.Learning.Validation;

/// <summary>How a trainer is validated on a set of folds.</summary>
public sealed record CrossValidationOptions
{
    /// <summary>The study seed: each fold's training seed and the bootstrap's seed are derived from it.</summary>
    public required int Seed { get; init; }

    /// <summary>The metrics to report; null for every metric of the task (<see cref="Metric.For"/>).</summary>
    public IReadOnlyList<Metric>? Metrics { get; init; }

    /// <summary>Bootstrap resamples B for the confidence intervals of the pooled out-of-fold metrics (at least 1).</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>The confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Resample each class separately in the bootstrap (classification only).</summary>
    public bool StratifiedBootstrap { get; init; }
}
