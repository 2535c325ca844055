using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// The study a kernel's cells run in, set as <c>medtwin run</c> sets it: the seed and clock start from the notebook's
/// <c>metadata.medtwin</c> (or <c>--seed</c>), the notebook's folder for files and snapshots. A kernel not told which
/// notebook it runs assumes the default seed and clock start until the notebook's <c>Study.Declare</c> states them, and
/// warns if something draws on them first.
/// </summary>
/// <param name="BaseDirectory">Where cells run.</param>
/// <param name="Study">The study options.</param>
internal sealed record KernelRunContext(string BaseDirectory, StudyOptions Study)
{
    /// <exception cref="NotebookFormatException">The notebook or its MedTwin settings are malformed.</exception>
    public static KernelRunContext From(KernelOptions options)
    {
        var notebook = options.NotebookPath is { } path && File.Exists(path) && IsNotebook(path) ? Path.GetFullPath(path) : null;
        var directory = notebook is null ? Path.GetFullPath(options.WorkingDirectory) : Path.GetDirectoryName(notebook)!;
        var settings = notebook is null ? NotebookSettings.Unstated : NotebookSettings.Read(NotebookReader.Read(notebook), notebook);
        return new KernelRunContext(directory, settings.Study(options.Seed) with
        {
            // Without the notebook, the notebook may state a seed the kernel cannot see: using another must not go unsaid.
            WarnsWhileAssumed = notebook is null,
            DataFolder = options.DataFolder,
            DataSearchDirectory = directory,
            StudyDirectory = directory,
        });
    }

    private static bool IsNotebook(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".ipynb" or ".dib";
}
