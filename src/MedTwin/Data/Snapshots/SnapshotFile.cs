namespace MedTwin.Data.Snapshots;

/// <summary>A snapshot's data file, its SHA-256 verified, for formats that are not tables (e.g. a FHIR bundle).</summary>
/// <param name="Manifest">Identity, hash and provenance.</param>
/// <param name="FilePath">The file that was hashed.</param>
/// <param name="Bytes">The file's verified content.</param>
public sealed record SnapshotFile(SnapshotManifest Manifest, string FilePath, ReadOnlyMemory<byte> Bytes);
