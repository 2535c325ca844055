namespace MedTwin.Data.Snapshots;

/// <summary>The contents of a snapshot's <c>snapshot.json</c>: identity, hash, schema and provenance.</summary>
public sealed record SnapshotManifest
{
    /// <summary>The short, stable name, e.g. <c>pima-diabetes</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The version; version 1 is the data exactly as published.</summary>
    public required int Version { get; init; }

    /// <summary>A short human title.</summary>
    public required string Title { get; init; }

    /// <summary>What the rows are and what the outcome is.</summary>
    public required string Description { get; init; }

    /// <summary>The data file's name, in the snapshot's folder.</summary>
    public required string File { get; init; }

    /// <summary>
    /// What the file holds: <c>csv</c> (the default: a table, opened with <see cref="SnapshotCatalog.Open"/>) or
    /// <c>fhir-bundle</c> (a FHIR R4 Bundle in JSON, opened with <see cref="SnapshotCatalog.OpenFile"/>; <see cref="Rows"/>
    /// counts its entries and <see cref="Columns"/> is empty).
    /// </summary>
    public string Format { get; init; } = SnapshotFormats.Csv;

    /// <summary>The SHA-256 of the data file, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The number of data rows (the header not counted), or of entries in a FHIR bundle.</summary>
    public required int Rows { get; init; }

    /// <summary>How missing values are written, and what the published data means by them.</summary>
    public required string MissingValues { get; init; }

    /// <summary>Who collected the data, in which study.</summary>
    public required string Source { get; init; }

    /// <summary>The distribution the file was exported from.</summary>
    public required string ExportedFrom { get; init; }

    /// <summary>The reference(s) to cite.</summary>
    public required string Citation { get; init; }

    /// <summary>The license, as an SPDX expression where one fits.</summary>
    public required string License { get; init; }

    /// <summary>Every column, in the file's order.</summary>
    public required IReadOnlyList<ColumnSpec> Columns { get; init; }
}
