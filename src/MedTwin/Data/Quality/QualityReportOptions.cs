namespace MedTwin.Data.Quality;

/// <summary>What a quality report is asked to check: the outcome, the subgroups, the threshold and the declared sentinels.</summary>
public sealed class QualityReportOptions
{
    /// <summary>The outcome column whose class balance is reported, e.g. "diabetes".</summary>
    public required string Outcome { get; init; }

    /// <summary>The subgroup splits to report sizes, missingness and outcomes for (e.g. by sex, by age band).</summary>
    public IReadOnlyList<SubgroupDefinition> Subgroups { get; init; } = [];

    /// <summary>The smallest represented subgroup; smaller ones get a warning. Default: a minimum share of 5 %.</summary>
    public RepresentationThreshold Threshold { get; init; } = RepresentationThreshold.Share(0.05);

    /// <summary>Values counted as "not measured" in the report (the data is not changed).</summary>
    public IReadOnlyList<MissingSentinel> MissingSentinels { get; init; } = [];
}
