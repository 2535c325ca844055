using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// Compares a committed notebook (the verified snapshot) with the same notebook run again: cell by cell, by position, and the run
/// manifests (<c>medtwin.manifest</c>) in what must not change between runs: <c>medtwinVersion</c> and <c>snapshots</c>
/// (name, version, sha256). The rest of the manifest (commit, runtime, OS, packages, seed, parameters) may differ.
/// The files the run wrote are compared by <see cref="WrittenFileVerification"/>, and their verifications join the result.
/// </summary>
public static class NotebookComparison
{
    /// <summary>The manifest's key for the MedTwin version, as <see cref="RunManifest.ToJson"/> writes it.</summary>
    public const string MedTwinVersionKey = "medtwinVersion";

    /// <summary>The manifest's key for the snapshots opened, as <see cref="RunManifest.ToJson"/> writes it.</summary>
    public const string SnapshotsKey = "snapshots";

    private const string ManifestPath = NotebookSettings.MetadataKey + "." + RunManifest.MetadataKey;

    /// <summary>Compares <paramref name="received"/> with <paramref name="committed"/>.</summary>
    /// <param name="committed">The notebook as committed.</param>
    /// <param name="received">The notebook as the new run left it.</param>
    /// <param name="settings">Scrubbers and tolerance, usually <see cref="VerificationSettings.Read"/> of the committed notebook.</param>
    /// <param name="files">The files the run wrote, already verified (<see cref="WrittenFileVerification"/>); part of the result.</param>
    /// <exception cref="ScrubTimeoutException">A scrub pattern took too long.</exception>
    public static NotebookComparisonResult Compare(
        NotebookDocument committed, NotebookDocument received, VerificationSettings settings, IReadOnlyList<FileVerification>? files = null)
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(settings);
        var manifestDifferences = CompareManifests(Manifest(committed), Manifest(received));
        if (StructureProblem(committed.Cells, received.Cells) is { } problem)
        {
            return new NotebookComparisonResult([], problem, manifestDifferences, files);
        }

        var comparer = new OutputComparer(settings);
        var cells = new List<CellVerification>();
        for (var index = 0; index < committed.Cells.Count; index++)
        {
            if (CompareCell(index + 1, committed.Cells[index], received.Cells[index], comparer) is { } cell)
            {
                cells.Add(cell);
            }
        }

        return new NotebookComparisonResult(cells, null, manifestDifferences, files);
    }

    private static CellVerification? CompareCell(int number, NotebookCell committed, NotebookCell received, OutputComparer comparer)
    {
        var kernel = committed.KernelName;
        if (!string.Equals(committed.Source, received.Source, StringComparison.Ordinal))
        {
            return new CellVerification(
                number,
                kernel,
                CellVerificationStatus.CodeChanged,
                Invariant($"The notebook's code changed: cell {number} is not the cell that was committed."),
                UnifiedDiff.Render(committed.Source, received.Source, Invariant($"committed cell {number} source"), Invariant($"received cell {number} source")));
        }

        if (committed.Kind != NotebookCellKind.Code)
        {
            return null;
        }

        var receivedOutputs = received.Outputs;
        if (received.ExecutionCount is null && receivedOutputs.Count == 0 && !string.IsNullOrWhiteSpace(received.Source))
        {
            return new CellVerification(number, kernel, CellVerificationStatus.NotRun, Invariant($"Cell {number} was not run, so its outputs are not verified."), "");
        }

        var comparison = comparer.Compare(committed.Outputs, receivedOutputs, Invariant($"committed cell {number}"), Invariant($"received cell {number}"));
        return comparison.IsMatch
            ? new CellVerification(number, kernel, CellVerificationStatus.Match, Invariant($"The outputs of cell {number} match the committed ones."), "")
            : new CellVerification(number, kernel, CellVerificationStatus.Mismatch, Invariant($"The outputs of cell {number} differ from the committed ones."), comparison.Diff);
    }

    private static string? StructureProblem(IReadOnlyList<NotebookCell> committed, IReadOnlyList<NotebookCell> received)
    {
        if (committed.Count != received.Count)
        {
            return Invariant($"The notebook's code changed: the committed notebook has {committed.Count} cells, the received one {received.Count}.");
        }

        for (var index = 0; index < committed.Count; index++)
        {
            if (committed[index].Kind != received[index].Kind)
            {
                return Invariant(
                    $"The notebook's code changed: cell {index + 1} is a {Kind(committed[index])} cell in the committed notebook, a {Kind(received[index])} cell in the received one.");
            }
        }

        return null;
    }

    private static string Kind(NotebookCell cell) => cell.Kind.ToString().ToLowerInvariant();

    private static JsonNode? Manifest(NotebookDocument notebook)
        => (notebook.GetMetadata(NotebookSettings.MetadataKey) as JsonObject)?[RunManifest.MetadataKey];

    private static List<string> CompareManifests(JsonNode? committed, JsonNode? received)
    {
        var differences = new List<string>();
        if (committed is null && received is null)
        {
            return differences;
        }

        if (committed is not JsonObject committedManifest || received is not JsonObject receivedManifest)
        {
            differences.Add(
                $"The run manifest (metadata {ManifestPath}) of the committed notebook is {DescribeManifest(committed)}, that of the received one {DescribeManifest(received)}.");
            return differences;
        }

        var committedVersion = committedManifest[MedTwinVersionKey];
        var receivedVersion = receivedManifest[MedTwinVersionKey];
        if (!JsonNode.DeepEquals(committedVersion, receivedVersion))
        {
            differences.Add(
                $"The MedTwin version differs ({ManifestPath}.{MedTwinVersionKey}): committed {Show(committedVersion)}, received {Show(receivedVersion)}.");
        }

        var committedSnapshots = Snapshots(committedManifest[SnapshotsKey], "committed", differences);
        var receivedSnapshots = Snapshots(receivedManifest[SnapshotsKey], "received", differences);
        if (committedSnapshots is null || receivedSnapshots is null)
        {
            return differences;
        }

        foreach (var (key, hash) in committedSnapshots)
        {
            if (!receivedSnapshots.TryGetValue(key, out var receivedHash))
            {
                differences.Add($"Snapshot {key} was opened by the committed run but not by the received one.");
            }
            else if (!JsonNode.DeepEquals(hash, receivedHash))
            {
                differences.Add($"Snapshot {key} has a different SHA-256: committed {Show(hash)}, received {Show(receivedHash)}.");
            }
        }

        foreach (var key in receivedSnapshots.Keys.Where(key => !committedSnapshots.ContainsKey(key)))
        {
            differences.Add($"Snapshot {key} was opened by the received run but not by the committed one.");
        }

        return differences;
    }

    /// <summary>The snapshots of a manifest by "'name' version N", in ordinal order; null (with a difference added) if malformed.</summary>
    private static SortedDictionary<string, JsonNode?>? Snapshots(JsonNode? node, string side, List<string> differences)
    {
        var snapshots = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (node is null)
        {
            return snapshots;
        }

        if (node is not JsonArray entries)
        {
            differences.Add($"The {side} run manifest's {ManifestPath}.{SnapshotsKey} is not an array; found {Show(node)}.");
            return null;
        }

        for (var index = 0; index < entries.Count; index++)
        {
            if (entries[index] is not JsonObject entry || entry["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String)
            {
                differences.Add(Invariant($"The {side} run manifest's {ManifestPath}.{SnapshotsKey}[{index}] is not a snapshot {{name, version, sha256}}; found {Show(entries[index])}."));
                return null;
            }

            var key = $"'{name.GetValue<string>()}' version {Show(entry["version"])}";
            if (!snapshots.TryAdd(key, entry["sha256"]) && !JsonNode.DeepEquals(snapshots[key], entry["sha256"]))
            {
                differences.Add($"The {side} run manifest lists snapshot {key} twice with different hashes.");
                return null;
            }
        }

        return snapshots;
    }

    private static string DescribeManifest(JsonNode? manifest) => manifest switch
    {
        null => "missing",
        JsonObject => "present",
        _ => $"not an object ({Show(manifest)})",
    };

    private static string Show(JsonNode? node) => node is null ? "(none)" : node.ToJsonString();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
