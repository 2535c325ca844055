namespace MedTwin.Reproducibility;

/// <summary>What a study fixes before its first step: the seed, the clock's start, its parameters and data folder.</summary>
public sealed record StudyOptions
{
    /// <summary>The seed every random choice of the study draws from.</summary>
    public int Seed { get; init; }

    /// <summary>Where the run's virtual clock starts.</summary>
    public DateTimeOffset ClockStart { get; init; } = VirtualClock.DefaultStart;

    /// <summary>The study's parameters as given (e.g. papermill-style <c>-p name=value</c>), in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>The data folder with the pinned snapshots; <c>null</c> to discover it from <see cref="DataSearchDirectory"/>.</summary>
    public string? DataFolder { get; init; }

    /// <summary>Where discovery of the data folder starts (it looks there and in the folders above); <c>null</c>: the current directory.</summary>
    public string? DataSearchDirectory { get; init; }

    /// <summary>The folder a study's own files (<see cref="Study.ReadFile"/>) are relative to, e.g. the notebook's; <c>null</c>: the current directory.</summary>
    public string? StudyDirectory { get; init; }

    /// <summary>
    /// Where the files the study writes (<see cref="Study.WriteFile"/>) go, at their paths relative to the study's folder;
    /// <c>null</c>: the study's folder. Verification points it at a staging folder so that the committed files are
    /// compared with the new ones, not overwritten by them.
    /// </summary>
    public string? OutputDirectory { get; init; }
}
