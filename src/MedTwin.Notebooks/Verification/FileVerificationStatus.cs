namespace MedTwin.Notebooks.Verification;

/// <summary>How a file the study writes fared in verification.</summary>
public enum FileVerificationStatus
{
    /// <summary>The run wrote the same bytes as the committed file, and the committed manifest records them.</summary>
    Match,

    /// <summary>The run wrote other bytes than the committed file holds.</summary>
    Mismatch,

    /// <summary>The run wrote a file that is not committed.</summary>
    NotCommitted,

    /// <summary>The committed manifest lists a file the run did not write.</summary>
    NotWritten,

    /// <summary>The run wrote the committed file's bytes, but the committed manifest does not record them (it lists another hash, or not the file).</summary>
    NotRecorded,
}
