namespace MedTwin.Notebooks.Verification;

/// <summary>One cell's verification.</summary>
/// <param name="CellNumber">The cell's position, 1-based, all cells counted (as "cell 3" in messages).</param>
/// <param name="Kernel">The cell's kernel, e.g. "csharp" (or "markdown" for a changed markdown cell).</param>
/// <param name="Status">How it fared.</param>
/// <param name="Message">One sentence saying so, e.g. "The outputs of cell 3 differ from the committed ones."</param>
/// <param name="Diff">The unified diff of its outputs (or, if its code changed, of its source); empty when it matches or was not run.</param>
public sealed record CellVerification(int CellNumber, string Kernel, CellVerificationStatus Status, string Message, string Diff)
{
    /// <summary>Whether the cell is verified.</summary>
    public bool IsMatch => Status == CellVerificationStatus.Match;
}
