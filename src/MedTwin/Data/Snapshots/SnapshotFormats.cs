namespace MedTwin.Data.Snapshots;

/// <summary>The file formats a snapshot may have (<see cref="SnapshotManifest.Format"/>).</summary>
public static class SnapshotFormats
{
    /// <summary>A table: comma-separated values with a header row.</summary>
    public const string Csv = "csv";

    /// <summary>A FHIR R4 Bundle in JSON; its entries are the snapshot's rows.</summary>
    public const string FhirBundle = "fhir-bundle";
}
