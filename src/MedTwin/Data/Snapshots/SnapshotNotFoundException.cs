namespace MedTwin.Data.Snapshots;

/// <summary>No snapshot has the requested name, or the name has no such version.</summary>
public sealed class SnapshotNotFoundException : SnapshotException
{
    internal SnapshotNotFoundException(string message, IReadOnlyList<string> available)
        : base(message) => Available = available;

    /// <summary>What does exist: snapshot names, or the versions of the requested name.</summary>
    public IReadOnlyList<string> Available { get; }

    internal static SnapshotNotFoundException UnknownName(string name, string root, IReadOnlyList<string> names) =>
        new($"No snapshot named '{name}' in '{root}'. Available: {Join(names)}.", names);

    internal static SnapshotNotFoundException UnknownVersion(string name, int version, IReadOnlyList<string> versions) =>
        new($"Snapshot '{name}' has no version {version}. Available versions: {Join(versions)}.", versions);

    private static string Join(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
