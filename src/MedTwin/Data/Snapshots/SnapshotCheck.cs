namespace MedTwin.Data.Snapshots;

/// <summary>The outcome of re-hashing and re-reading one snapshot.</summary>
/// <param name="Name">The snapshot's name (its folder).</param>
/// <param name="Version">The snapshot's version (its folder).</param>
/// <param name="Problem">What failed, or <c>null</c> when the snapshot is intact.</param>
public sealed record SnapshotCheck(string Name, int Version, string? Problem)
{
    /// <summary>Whether the snapshot is intact.</summary>
    public bool Passed => Problem is null;
}
