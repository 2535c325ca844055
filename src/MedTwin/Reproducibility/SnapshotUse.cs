namespace MedTwin.Reproducibility;

/// <summary>A snapshot a run opened, as its manifest records it.</summary>
/// <param name="Name">The snapshot's name.</param>
/// <param name="Version">The snapshot's version.</param>
/// <param name="Sha256">The verified SHA-256 of its data file.</param>
public sealed record SnapshotUse(string Name, int Version, string Sha256);
