using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// The study a kernel's cells run in, set as <c>medtwin run</c> sets it: the seed and clock start from the notebook's
/// <c>metadata.medtwin</c> (or <c>--seed</c>), the notebook's folder for files and snapshots.
/// </summary>
/// <param name="BaseDirectory">Where cells run.</param>
/// <param name="Study">The study options.</param>
internal sealed record KernelRunContext(string BaseDirectory, StudyOptions Study)
{
    /// <exception cref="NotebookFormatException">The notebook or its MedTwin settings are malformed.</exception>
    public static KernelRunContext From(KernelOptions options)
    {
        var notebook = options.NotebookPath is { } path && File.Exists(path) && IsNotebook(path) ? Path.GetFullPath(path) : null;
        var settings = notebook is null
            ? new NotebookSettings(NotebookSettings.DefaultSeed, VirtualClock.DefaultStart)
            : NotebookSettings.Read(NotebookReader.Read(notebook), notebook);
        var directory = notebook is null ? Path.GetFullPath(options.WorkingDirectory) : Path.GetDirectoryName(notebook)!;
        return new KernelRunContext(directory, new StudyOptions
        {
            Seed = options.Seed ?? settings.Seed,
            ClockStart = settings.ClockStart,
            DataFolder = options.DataFolder,
            DataSearchDirectory = directory,
            StudyDirectory = directory,
        });
    }

    private static bool IsNotebook(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".ipynb" or ".dib";
}
