using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// Verifies the files a study writes: each file a new run wrote into a staging folder against the committed file at
/// the same path, and the committed manifest's <c>filesWritten</c> against what the run wrote. A file that differs or
/// is not committed is left beside the committed one as <c>name.received.ext</c>; a stale received copy of a file
/// that now matches is removed. Committed files are never changed.
/// </summary>
public static class WrittenFileVerification
{
    private const string ListingPath = NotebookSettings.MetadataKey + "." + RunManifest.MetadataKey + "." + RunManifest.FilesWrittenKey;

    /// <summary>Verifies every file the committed manifest lists or the new run wrote, in ordinal order of their paths.</summary>
    /// <param name="notebookName">The notebook's name in error messages (its path).</param>
    /// <param name="committedManifest">The committed notebook's <c>medtwin.manifest</c>, if it has one.</param>
    /// <param name="written">The files the new run wrote, as its manifest lists them.</param>
    /// <param name="studyFolder">The notebook's folder, where the committed files are.</param>
    /// <param name="stagingFolder">Where the new run wrote them (<see cref="RunOptions.OutputDirectory"/>); received copies are moved out of it.</param>
    /// <exception cref="NotebookFormatException">The committed manifest's list of written files is malformed.</exception>
    public static IReadOnlyList<FileVerification> Verify(
        string notebookName, JsonObject? committedManifest, IReadOnlyList<WrittenFile> written, string studyFolder, string stagingFolder)
    {
        ArgumentNullException.ThrowIfNull(written);
        var listed = Listing(notebookName, committedManifest?[RunManifest.FilesWrittenKey]);
        var verifications = written
            .Select(file => VerifyWritten(file, listed.GetValueOrDefault(file.Path), studyFolder, stagingFolder))
            .Concat(listed.Where(entry => written.All(file => file.Path != entry.Key)).Select(entry => new FileVerification(
                entry.Key,
                FileVerificationStatus.NotWritten,
                $"The committed run wrote '{entry.Key}' (sha256 {entry.Value}); the received run did not write it.",
                CommittedPath(studyFolder, entry.Key),
                null)));
        return [.. verifications.OrderBy(v => v.Path, StringComparer.Ordinal)];
    }

    private static FileVerification VerifyWritten(WrittenFile file, string? listedHash, string studyFolder, string stagingFolder)
    {
        var committed = CommittedPath(studyFolder, file.Path);
        var received = ReceivedFiles.PathOf(committed);
        var receivedName = ReceivedFiles.PathOf(file.Path);
        var committedHash = File.Exists(committed) ? Sha256Of(committed) : null;
        if (committedHash != file.Sha256)
        {
            // The staging folder may be on another volume, where a move is a copy that can stop halfway.
            AtomicFile.Write(received, stream =>
            {
                using var staged = File.OpenRead(Path.Combine(stagingFolder, file.Path));
                staged.CopyTo(stream);
            });
            return committedHash is null
                ? new FileVerification(file.Path, FileVerificationStatus.NotCommitted,
                    $"The received run wrote '{file.Path}' (sha256 {file.Sha256}), but no such file is committed; received file written to '{receivedName}'.",
                    committed, received)
                : new FileVerification(file.Path, FileVerificationStatus.Mismatch,
                    $"The file '{file.Path}' differs from the committed one: committed sha256 {committedHash}, received {file.Sha256}; received file written to '{receivedName}'.",
                    committed, received);
        }

        File.Delete(received);
        return listedHash == file.Sha256
            ? new FileVerification(file.Path, FileVerificationStatus.Match, $"The file '{file.Path}' matches the committed one.", committed, null)
            : new FileVerification(file.Path, FileVerificationStatus.NotRecorded,
                $"The file '{file.Path}' matches the committed one (sha256 {file.Sha256}), but the committed run manifest records {(listedHash is null ? "no such file" : $"sha256 {listedHash}")}.",
                committed, null);
    }

    private static string CommittedPath(string studyFolder, string path) => Path.GetFullPath(Path.Combine(studyFolder, path));

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The committed manifest's written files, hash by path.</summary>
    private static Dictionary<string, string> Listing(string notebookName, JsonNode? node)
    {
        var listing = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return listing;
        }

        if (node is not JsonArray entries)
        {
            throw new NotebookFormatException(notebookName, $"metadata {ListingPath} is not an array; found {node.ToJsonString()}.");
        }

        for (var index = 0; index < entries.Count; index++)
        {
            if (entries[index] is not JsonObject { } entry || Text(entry["path"]) is not { } path || Text(entry["sha256"]) is not { } hash
                || !listing.TryAdd(path, hash))
            {
                throw new NotebookFormatException(
                    notebookName,
                    FormattableString.Invariant($"metadata {ListingPath}[{index}] is not a file {{path, sha256}} whose path is listed once; found {entries[index]?.ToJsonString() ?? "null"}."));
            }
        }

        return listing;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
