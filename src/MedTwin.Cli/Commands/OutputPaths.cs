namespace MedTwin.Cli.Commands;

/// <summary>
/// Checks where a command will write before it does any work, so a mistyped path fails at once with one line naming
/// it, not after every cell has run.
/// </summary>
internal static class OutputPaths
{
    /// <summary>The file at <paramref name="path"/> can be written: its folder exists and takes new files, and it is not a folder itself.</summary>
    /// <exception cref="IOException">It cannot; the message names the path or folder.</exception>
    public static void CheckFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"The output '{full}' is a folder; name a file to write.");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new IOException($"The output folder '{folder}' does not exist; create it first.");
        }

        CheckWritable(folder);
    }

    /// <summary>The folder <paramref name="path"/> exists or can be created, and takes new files.</summary>
    /// <exception cref="IOException">It cannot; the message names the path in the way.</exception>
    public static void CheckFolder(string path)
    {
        var existing = Path.GetFullPath(path);
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new IOException($"The output folder '{Path.GetFullPath(path)}' cannot be created: '{existing}' is a file.");
            }

            existing = Path.GetDirectoryName(existing)!;
        }

        CheckWritable(existing);
    }

    private static void CheckWritable(string folder)
    {
        try
        {
            // Creating a file is the only reliable test: permissions, read-only mounts and ACLs all answer it.
            using var probe = new FileStream(
                Path.Combine(folder, $".medtwin-write-check.{Path.GetRandomFileName()}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The output folder '{folder}' cannot be written to: {e.Message}", e);
        }
    }
}
