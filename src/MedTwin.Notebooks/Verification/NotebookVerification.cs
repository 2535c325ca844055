namespace MedTwin.Notebooks.Verification;

/// <summary>One notebook's verification as a report shows it: its path, the comparison and how long its cells ran.</summary>
public sealed record NotebookVerification
{
    /// <summary>A notebook that was run and compared.</summary>
    /// <param name="relativePath">The notebook's path relative to where verification started, e.g. "notebooks/01-glucose.ipynb".</param>
    /// <param name="result">The comparison.</param>
    /// <param name="cellDurations">How long each cell ran, by cell number (1-based, all cells counted); cells not listed took no time.</param>
    public NotebookVerification(string relativePath, NotebookComparisonResult result, IReadOnlyDictionary<int, TimeSpan>? cellDurations = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        ArgumentNullException.ThrowIfNull(result);
        RelativePath = relativePath;
        Result = result;
        CellDurations = cellDurations ?? new Dictionary<int, TimeSpan>();
    }

    /// <summary>A notebook that could not be verified at all (unreadable, invalid settings, a run that could not start).</summary>
    /// <param name="relativePath">The notebook's path relative to where verification started.</param>
    /// <param name="error">What went wrong, one or more sentences.</param>
    public NotebookVerification(string relativePath, string error)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        ArgumentException.ThrowIfNullOrEmpty(error);
        RelativePath = relativePath;
        Error = error;
        CellDurations = new Dictionary<int, TimeSpan>();
    }

    /// <summary>The notebook's path relative to where verification started.</summary>
    public string RelativePath { get; }

    /// <summary>The comparison; null if the notebook could not be verified (see <see cref="Error"/>).</summary>
    public NotebookComparisonResult? Result { get; }

    /// <summary>Why the notebook could not be verified; null if it was.</summary>
    public string? Error { get; }

    /// <summary>How long each cell ran, by cell number (1-based).</summary>
    public IReadOnlyDictionary<int, TimeSpan> CellDurations { get; }

    /// <summary>Whether the notebook is verified.</summary>
    public bool IsMatch => Result?.IsMatch == true;
}
