namespace MedTwin.Learning.ModelCards;

/// <summary>The data a model was trained on: the pinned snapshot, its hash, and how its columns were used.</summary>
public sealed record ModelCardData
{
    /// <summary>The snapshot's name.</summary>
    public required string Snapshot { get; init; }

    /// <summary>The snapshot's version.</summary>
    public required int Version { get; init; }

    /// <summary>The SHA-256 of the snapshot's data file.</summary>
    public required string Sha256 { get; init; }

    /// <summary>How many rows the model was trained on.</summary>
    public required int Rows { get; init; }

    /// <summary>The outcome column.</summary>
    public required string Label { get; init; }

    /// <summary>The outcome level coded 1, for a text label.</summary>
    public string? PositiveClass { get; init; }

    /// <summary>The features, in the order the model takes them.</summary>
    public required IReadOnlyList<string> Features { get; init; }
}
