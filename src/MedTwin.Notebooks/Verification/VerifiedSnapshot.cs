using System.Runtime.CompilerServices;
using System.Text;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// Snapshot testing for any test framework, as Verify does it: a value's text is compared with a <c>*.verified.*</c> file
/// committed beside the test source, <c>&lt;TestFile&gt;.&lt;TestMethod&gt;.verified.txt</c>. On a mismatch, or when there is no
/// verified file yet, the value is written to <c>*.received.*</c> beside it and a <see cref="SnapshotMismatchException"/> carries
/// the diff; on a match a stale received file is deleted. Values are scrubbed as notebook outputs are (paths, GUIDs, timestamps,
/// timings, addresses) and line breaks are compared as "\n".
/// </summary>
public static class VerifiedSnapshot
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Checks <paramref name="actual"/> against the verified file of the calling test, with the default scrubbers and exact numbers.</summary>
    /// <param name="actual">The value's text.</param>
    /// <param name="extension">The snapshot files' extension, without the dot, e.g. "txt", "json", "html".</param>
    /// <param name="sourceFile">The test's source file; the compiler fills it in.</param>
    /// <param name="member">The test method; the compiler fills it in.</param>
    /// <exception cref="SnapshotMismatchException">The value does not match the verified file, or there is none.</exception>
    public static void Match(string actual, string extension = "txt", [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
        => Match(actual, VerificationSettings.Default, extension, sourceFile, member);

    /// <summary>Checks <paramref name="actual"/> against the verified file of the calling test, with the scrubbers and tolerance of <paramref name="settings"/>.</summary>
    /// <param name="actual">The value's text.</param>
    /// <param name="settings">Scrubbers and numeric tolerance.</param>
    /// <param name="extension">The snapshot files' extension, without the dot, e.g. "txt", "json", "html".</param>
    /// <param name="sourceFile">The test's source file; the compiler fills it in.</param>
    /// <param name="member">The test method; the compiler fills it in.</param>
    /// <exception cref="SnapshotMismatchException">The value does not match the verified file, or there is none.</exception>
    /// <exception cref="ScrubTimeoutException">A scrub pattern took too long.</exception>
    public static void Match(
        string actual, VerificationSettings settings, string extension = "txt", [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        ArgumentException.ThrowIfNullOrEmpty(member);
        extension = extension.TrimStart('.');
        var (verifiedPath, receivedPath) = Paths(SourceFile(sourceFile), member, extension);
        var exists = File.Exists(verifiedPath);
        var verified = exists ? File.ReadAllText(verifiedPath, Utf8) : "";
        var comparison = new OutputComparer(settings).CompareText(verified, actual, "verified " + Path.GetFileName(verifiedPath), "received " + Path.GetFileName(receivedPath));
        if (exists && comparison.IsMatch)
        {
            File.Delete(receivedPath);
            return;
        }

        AtomicFile.WriteText(receivedPath, comparison.ReceivedText);
        var message = new StringBuilder()
            .Append(exists ? "The value does not match its verified snapshot." : "The value has no verified snapshot yet.")
            .Append(" To accept it, move the received file over the verified one.\n")
            .Append("verified: ").Append(verifiedPath).Append(exists ? "\n" : " (missing)\n")
            .Append("received: ").Append(receivedPath).Append('\n')
            .Append(comparison.Diff)
            .ToString();
        throw new SnapshotMismatchException(message, verifiedPath, receivedPath, comparison.Diff);
    }

    /// <summary>The verified and received files of <paramref name="member"/> in <paramref name="sourceFile"/>.</summary>
    public static (string VerifiedPath, string ReceivedPath) Paths(string sourceFile, string member, string extension = "txt")
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(member);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        var directory = Path.GetDirectoryName(sourceFile) ?? throw new ArgumentException($"'{sourceFile}' names no file in a folder.", nameof(sourceFile));
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{member}");
        return ($"{stem}.verified.{extension.TrimStart('.')}", $"{stem}.received.{extension.TrimStart('.')}");
    }

    /// <summary>
    /// The source file as it is on disk. A deterministic CI build maps source paths to "/_/…" (<c>ContinuousIntegrationBuild</c>),
    /// which the compiler then passes as caller file path: such a path is found again under the folders above the test assembly
    /// and the current directory.
    /// </summary>
    private static string SourceFile(string sourceFile)
    {
        if (string.IsNullOrEmpty(sourceFile))
        {
            throw new ArgumentException("No source file: call Match from a test, where the compiler fills in the caller's file, or pass it.", nameof(sourceFile));
        }

        if (Directory.Exists(Path.GetDirectoryName(sourceFile)) || !IsMappedPath(sourceFile, out var relative))
        {
            return sourceFile;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new ArgumentException(
            $"The test's source file '{sourceFile}' is a path mapped by a deterministic build and was not found under the folders above the test or the current directory.",
            nameof(sourceFile));
    }

    private static bool IsMappedPath(string path, out string relative)
    {
        // "/_/tests/X/Y.cs", "/_1/…" for further source roots.
        relative = "";
        var normalized = path.Replace('\\', '/');
        if (!normalized.StartsWith("/_", StringComparison.Ordinal))
        {
            return false;
        }

        var slash = normalized.IndexOf('/', 1);
        if (slash < 0 || !normalized[2..slash].All(char.IsAsciiDigit))
        {
            return false;
        }

        relative = normalized[(slash + 1)..].Replace('/', Path.DirectorySeparatorChar);
        return true;
    }
}
