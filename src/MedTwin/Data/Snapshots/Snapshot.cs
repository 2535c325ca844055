using Microsoft.Data.Analysis;

namespace MedTwin.Data.Snapshots;

/// <summary>An opened snapshot: its manifest, the file it came from, and the data as declared.</summary>
public sealed class Snapshot
{
    internal Snapshot(SnapshotManifest manifest, string filePath, DataFrame data)
    {
        Manifest = manifest;
        FilePath = filePath;
        Data = data;
        var units = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in manifest.Columns.Where(c => c.Unit is not null))
        {
            units.Add(column.Name, column.Unit!);
        }

        Units = units;
    }

    /// <summary>The snapshot's name.</summary>
    public string Name => Manifest.Name;

    /// <summary>The snapshot's version.</summary>
    public int Version => Manifest.Version;

    /// <summary>The verified SHA-256 of the data file.</summary>
    public string Sha256 => Manifest.Sha256;

    /// <summary>Identity, hash, schema and provenance.</summary>
    public SnapshotManifest Manifest { get; }

    /// <summary>The data file that was hashed and parsed.</summary>
    public string FilePath { get; }

    /// <summary>The rows, with one column per declared column and the declared types.</summary>
    public DataFrame Data { get; }

    /// <summary>The UCUM unit of each column that snapshot.json gives one, in the file's column order.</summary>
    public IReadOnlyDictionary<string, string> Units { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} v{Version} ({Manifest.Rows} rows, sha256 {Sha256[..12]})";
}
