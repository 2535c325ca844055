using MedTwin.Reproducibility;

namespace MedTwin.Charts.Static;

/// <summary>
/// Where a figure file goes and how it is written: a relative path is resolved in the running study's folder (else the
/// current directory), missing folders are created, and the bytes go to a temporary file in the same folder that is then
/// moved over the target, so a failed write never leaves half a figure.
/// </summary>
internal static class FigureFile
{
    /// <exception cref="ArgumentException">The path is empty or white space.</exception>
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.IsPathRooted(path) || !Study.IsRunning ? Path.GetFullPath(path) : Study.Current.PathOf(path);
    }

    /// <exception cref="IOException">The folder cannot be created or the file cannot be written; the message names the path.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing there is not allowed; the message names the path.</exception>
    public static void Write(string fullPath, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw e is IOException
                ? new IOException($"Could not write the figure to '{fullPath}': {e.Message}", e)
                : new UnauthorizedAccessException($"Could not write the figure to '{fullPath}': {e.Message}", e);
        }

        Written(fullPath);
    }

    // The one place to record a written figure with the running study, once the study can record the files it writes.
    private static void Written(string fullPath) => _ = fullPath;
}
