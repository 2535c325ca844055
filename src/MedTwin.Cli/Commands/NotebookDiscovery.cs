using MedTwin.Notebooks.Verification;

namespace MedTwin.Cli.Commands;

/// <summary>The notebooks a path names: the file itself, or every .ipynb and .dib below a folder (not received copies).</summary>
internal static class NotebookDiscovery
{
    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No notebook or folder at '{path}'.", path);
        }

        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetExtension(file) is ".ipynb" or ".dib" && !IsReceived(file))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)];
    }

    public static string ReceivedPath(string notebookPath) => ReceivedFiles.PathOf(notebookPath);

    private static bool IsReceived(string file) =>
        Path.GetFileNameWithoutExtension(file).EndsWith(".received", StringComparison.Ordinal);
}
