namespace MedTwin.Notebooks.Verification;

/// <summary>The verification of a notebook: each code cell (and any other cell whose text changed), the notebook's structure, its run manifest and the files it writes.</summary>
public sealed class NotebookComparisonResult
{
    internal NotebookComparisonResult(
        IReadOnlyList<CellVerification> cells, string? structureProblem, IReadOnlyList<string> manifestDifferences, IReadOnlyList<FileVerification>? files = null)
    {
        Cells = cells;
        StructureProblem = structureProblem;
        ManifestDifferences = manifestDifferences;
        Files = files ?? [];
    }

    /// <summary>One entry per code cell, and per markdown or raw cell whose text changed, in notebook order. Empty when <see cref="StructureProblem"/> is set.</summary>
    public IReadOnlyList<CellVerification> Cells { get; }

    /// <summary>
    /// Set when the notebooks' cells cannot be paired by position: their number or their kinds differ, so the notebook's code changed.
    /// The sentence says how; cells are then not compared.
    /// </summary>
    public string? StructureProblem { get; }

    /// <summary>How the run manifests differ in what must match (MedTwin version, snapshots and their hashes), one sentence each.</summary>
    public IReadOnlyList<string> ManifestDifferences { get; }

    /// <summary>The files the study writes (<see cref="WrittenFileVerification"/>), in ordinal order of their paths.</summary>
    public IReadOnlyList<FileVerification> Files { get; }

    /// <summary>Whether the notebook is verified: same cells, every cell matching, the manifests agreeing, every file written matching.</summary>
    public bool IsMatch => StructureProblem is null && ManifestDifferences.Count == 0 && Cells.All(cell => cell.IsMatch) && Files.All(file => file.IsMatch);
}
