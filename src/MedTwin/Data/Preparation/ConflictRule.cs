namespace MedTwin.Data.Preparation;

/// <summary>How <see cref="JoinSources"/> resolves disagreeing values in one column.</summary>
public sealed record ConflictRule
{
    /// <summary>The column the rule is for.</summary>
    public required string Column { get; init; }

    /// <summary>How to choose.</summary>
    public required ConflictResolution Resolution { get; init; }

    /// <summary>For <see cref="ConflictResolution.PreferSource"/>: source names, most preferred first.</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>For <see cref="ConflictResolution.Latest"/>: the column, in every source, with the time of each row's values.</summary>
    public string? TimeColumn { get; init; }
}
