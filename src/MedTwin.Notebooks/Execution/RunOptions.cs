namespace MedTwin.Notebooks.Execution;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record RunOptions
{
    /// <summary>The default time a cell may run before it is abandoned.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The folder <c>#r</c>, <c>#load</c> and relative package sources resolve against (the notebook's folder).</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>
    /// The seed given with <c>--seed</c>: it overrides the notebook's and the manifest says so; <c>null</c> takes the notebook's
    /// (<c>metadata.medtwin.seed</c> or its <c>Study.Declare</c>), else <see cref="NotebookSettings.DefaultSeed"/>.
    /// </summary>
    public int? Seed { get; init; }

    /// <summary>Papermill-style parameters, injected after the cell tagged <c>parameters</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>How long one cell may run.</summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>Whether to run the remaining cells after one fails (default: stop).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>
    /// Where the files the notebook writes (<c>Study.Current.WriteFile</c>) go, at their paths relative to
    /// <see cref="BaseDirectory"/>; <c>null</c>: in place. Verification stages them here to compare them with the committed ones.
    /// </summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The data folder; <c>null</c> discovers it from the notebook's folder.</summary>
    public string? DataFolder { get; init; }

    /// <summary>Restores <c>#r "nuget: ..."</c> packages; <c>null</c> uses <see cref="NuGetPackageResolver.CreateDefault"/>.</summary>
    public NuGetPackageResolver? Packages { get; init; }

    /// <summary>Told when each cell starts (cell index, 0-based) — for progress displays.</summary>
    public Action<int>? CellStarting { get; init; }
}
