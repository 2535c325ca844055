namespace MedTwin.Reproducibility;

/// <summary>What a study fixes before its first step: the seed, the clock's start, its parameters and data folder.</summary>
public sealed record StudyOptions
{
    /// <summary>The seed every random choice of the study draws from.</summary>
    public int Seed { get; init; }

    /// <summary>Where the run's virtual clock starts.</summary>
    public DateTimeOffset ClockStart { get; init; } = VirtualClock.DefaultStart;

    /// <summary>
    /// What stated <see cref="Seed"/> and <see cref="ClockStart"/> (e.g. "metadata.medtwin"), named when <see cref="Study.Declare"/>
    /// states other values; <c>null</c> while they are assumed, so that the study's own <see cref="Study.Declare"/> sets them.
    /// </summary>
    public string? StatedBy { get; init; } = "Study.Begin's options";

    /// <summary>
    /// Whether a study whose seed is assumed says so on stderr the first time it draws on its seed or clock: set by hosts
    /// that cannot see where the study states them (a Jupyter kernel not told which notebook it runs).
    /// </summary>
    public bool WarnsWhileAssumed { get; init; }

    /// <summary>What overrode the study's own seed (e.g. "--seed"), or <c>null</c>; <see cref="Study.Declare"/> then keeps <see cref="Seed"/>.</summary>
    public string? SeedOverriddenBy { get; init; }

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
