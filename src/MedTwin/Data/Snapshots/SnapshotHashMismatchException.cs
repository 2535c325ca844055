namespace MedTwin.Data.Snapshots;

/// <summary>A data file's SHA-256 differs from the one its manifest pins; no data was parsed.</summary>
public sealed class SnapshotHashMismatchException : SnapshotException
{
    internal SnapshotHashMismatchException(string filePath, string expected, string actual)
        : base($"SHA-256 mismatch for '{filePath}': expected {expected}, actual {actual}. The file is not the pinned snapshot; no data was loaded.")
    {
        FilePath = filePath;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The data file that was hashed.</summary>
    public string FilePath { get; }

    /// <summary>The hash the manifest pins.</summary>
    public string Expected { get; }

    /// <summary>The hash of the file as found.</summary>
    public string Actual { get; }
}
