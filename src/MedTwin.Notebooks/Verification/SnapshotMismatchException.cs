namespace MedTwin.Notebooks.Verification;

/// <summary>
/// A value did not match its verified snapshot, or has none yet. The message is the two files' paths and the unified diff;
/// the received file holds the new value. To accept it, move the received file over the verified one.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    internal SnapshotMismatchException(string message, string verifiedPath, string receivedPath, string diff)
        : base(message)
    {
        VerifiedPath = verifiedPath;
        ReceivedPath = receivedPath;
        Diff = diff;
    }

    /// <summary>The verified file (which may not exist yet).</summary>
    public string VerifiedPath { get; }

    /// <summary>The received file, just written.</summary>
    public string ReceivedPath { get; }

    /// <summary>The unified diff from the verified text to the received one.</summary>
    public string Diff { get; }
}
