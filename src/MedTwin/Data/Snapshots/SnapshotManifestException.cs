namespace MedTwin.Data.Snapshots;

/// <summary>A <c>snapshot.json</c> is malformed, or disagrees with its folder or its data file.</summary>
public sealed class SnapshotManifestException : SnapshotException
{
    internal SnapshotManifestException(string manifestPath, string problem, Exception? inner = null)
        : base($"'{manifestPath}': {problem}", inner) => ManifestPath = manifestPath;

    /// <summary>The manifest at fault.</summary>
    public string ManifestPath { get; }
}
