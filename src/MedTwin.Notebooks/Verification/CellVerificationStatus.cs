namespace MedTwin.Notebooks.Verification;

/// <summary>How a cell fared in verification.</summary>
public enum CellVerificationStatus
{
    /// <summary>The received outputs agree with the committed ones.</summary>
    Match,

    /// <summary>The received outputs differ from the committed ones.</summary>
    Mismatch,

    /// <summary>The cell's source differs between the committed and the received notebook: the notebook's code changed.</summary>
    CodeChanged,

    /// <summary>The cell was not run (the run stopped at an earlier cell), so its outputs are not verified.</summary>
    NotRun,
}
