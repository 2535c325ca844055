using System.IO.Compression;

namespace MedTwin.Learning.Boosting;

/// <summary>
/// ML.NET stamps every entry of a saved model's zip with the current time, so the same model would save to different
/// bytes on each run; this rewrites the archive with one fixed time and the entries in their order.
/// </summary>
internal static class FixedTimeZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Rewrite(byte[] zip)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var source = entry.Open();
                using var target = copy.Open();
                source.CopyTo(target);
            }
        }

        return output.ToArray();
    }
}
