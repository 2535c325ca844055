namespace MedTwin.Cli.Tests;

/// <summary>A temporary folder of one test, deleted with everything in it when the test ends.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "medtwin-cli-tests", Path.GetRandomFileName());

    /// <summary>The path of <paramref name="relative"/> inside the folder; its parent folders are created.</summary>
    public string PathOf(string relative)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Copies a file of the repository (e.g. "notebooks/00-getting-started.ipynb") into the folder, as <paramref name="relative"/>.</summary>
    public string CopyFromRepository(string repositoryPath, string relative)
    {
        var copy = PathOf(relative);
        File.Copy(Path.Combine(RepositoryPaths.Root, repositoryPath), copy);
        return copy;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
