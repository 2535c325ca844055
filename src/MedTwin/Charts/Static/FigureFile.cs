using MedTwin.Reproducibility;

namespace MedTwin.Charts.Static;

/// <summary>
/// How a figure file is written. Inside a running study it is one of the study's files (<see cref="Study.WriteFile"/>):
/// named relative to the notebook's folder, recorded with its SHA-256 in the run's manifest, and compared by
/// <c>medtwin verify</c>. Outside one it goes to the path given, relative to the current directory. Either way missing
/// folders are created and the file appears whole or not at all.
/// </summary>
internal static class FigureFile
{
    /// <exception cref="ArgumentException">The path is empty or white space, or inside a study absolute or outside the study's folder.</exception>
    /// <exception cref="IOException">The folder cannot be created or the file cannot be written; the message names the path.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing there is not allowed; the message names the path.</exception>
    public static void Write(string path, byte[] bytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            if (Study.IsRunning)
            {
                Study.Current.WriteFile(path, stream => stream.Write(bytes));
            }
            else
            {
                AtomicFile.Write(Path.GetFullPath(path), stream => stream.Write(bytes));
            }
        }
        catch (IOException e)
        {
            throw new IOException($"Could not write the figure to '{path}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnauthorizedAccessException($"Could not write the figure to '{path}': {e.Message}", e);
        }
    }
}
