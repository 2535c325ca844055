namespace MedTwin.Learning.Metrics;

/// <summary>How a percentile bootstrap confidence interval is drawn.</summary>
public sealed record BootstrapOptions
{
    /// <summary>The number of resamples, B (at least 1; 1000 or more for a reported interval).</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>The seed every resample draws from.</summary>
    public required int Seed { get; init; }

    /// <summary>The confidence level, strictly between 0 and 1.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Resample each class separately, keeping the class counts (classification only).</summary>
    public bool Stratified { get; init; }

    internal void Validate()
    {
        if (Resamples < 1)
        {
            throw new LearningException("bootstrap", $"the number of resamples B must be at least 1; found {Resamples}");
        }

        if (!(Level > 0 && Level < 1))
        {
            throw new LearningException("bootstrap", FormattableString.Invariant($"the confidence level must lie strictly between 0 and 1; found {Level:R}"));
        }
    }
}
