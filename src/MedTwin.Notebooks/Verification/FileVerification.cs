namespace MedTwin.Notebooks.Verification;

/// <summary>One file the study writes, verified: the new run's bytes against the committed file's.</summary>
/// <param name="Path">The file's path relative to the notebook's folder, with forward slashes, as the manifest lists it.</param>
/// <param name="Status">How it fared.</param>
/// <param name="Message">One sentence saying so; a difference names both hashes.</param>
/// <param name="CommittedFile">The full path of the committed file.</param>
/// <param name="ReceivedFile">The full path of the new run's copy (<c>name.received.ext</c> beside the committed file), when one was left; otherwise null.</param>
public sealed record FileVerification(string Path, FileVerificationStatus Status, string Message, string CommittedFile, string? ReceivedFile)
{
    /// <summary>Whether the file is verified.</summary>
    public bool IsMatch => Status == FileVerificationStatus.Match;
}
