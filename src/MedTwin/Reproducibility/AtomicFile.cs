namespace MedTwin.Reproducibility;

/// <summary>Writes a file so that it is either wholly replaced or left as it was, whatever fails midway (the writer, a full disk).</summary>
internal static class AtomicFile
{
    /// <summary>Fills a temporary file beside <paramref name="path"/> with <paramref name="write"/>, then moves it into place; its folders are created.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        // Beside the target, so the final move is a rename within one volume: never a copy that could stop halfway.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
