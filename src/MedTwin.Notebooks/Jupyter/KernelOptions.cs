using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>How <c>medtwin kernel</c> runs the cells a front end sends.</summary>
public sealed record KernelOptions
{
    /// <summary>The folder cells run in when no notebook is known: <c>#r</c>, <c>#load</c> and snapshot discovery start there.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>
    /// The notebook the front end opened, when it says (Jupyter Server and VS Code set <c>JPY_SESSION_NAME</c>): its
    /// <c>metadata.medtwin</c> seed and clock start are used, and its folder is where cells run, as with <c>medtwin run</c>.
    /// </summary>
    public string? NotebookPath { get; init; }

    /// <summary>The seed; overrides the notebook's.</summary>
    public int? Seed { get; init; }

    /// <summary>The data folder; <c>null</c> discovers it from the folder cells run in.</summary>
    public string? DataFolder { get; init; }

    /// <summary>The process that started the kernel (<c>JPY_PARENT_PID</c>); the kernel exits when it is gone.</summary>
    public int? ParentProcessId { get; init; }

    /// <summary>Restores <c>#r "nuget: ..."</c> packages; <c>null</c> uses <see cref="NuGetPackageResolver.CreateDefault"/>.</summary>
    public NuGetPackageResolver? Packages { get; init; }
}
