using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// What a run was made of, written into the notebook's metadata as <c>medtwin.manifest</c>: the MedTwin version and
/// commit, runtime, OS, package versions, snapshots opened with their hashes, seed, clock start and parameters.
/// It holds only facts that are the same when the same build reruns the same notebook on the same platform;
/// durations, paths and host names belong to the run's report, never to the notebook.
/// </summary>
public sealed record RunManifest
{
    /// <summary>The metadata key under <c>medtwin</c>.</summary>
    public const string MetadataKey = "manifest";

    /// <summary>The manifest's key for the files the run wrote, as <see cref="ToJson"/> writes it.</summary>
    public const string FilesWrittenKey = "filesWritten";

    /// <summary>The manifest's key naming what overrode the notebook's seed.</summary>
    public const string SeedOverriddenByKey = "seedOverriddenBy";

    /// <summary>The MedTwin library version.</summary>
    public required string MedTwinVersion { get; init; }

    /// <summary>The commit the library was built from, if known.</summary>
    public required string? MedTwinCommit { get; init; }

    /// <summary>The .NET runtime, e.g. ".NET 10.0.12".</summary>
    public required string Runtime { get; init; }

    /// <summary>The operating system and process architecture.</summary>
    public required string OperatingSystem { get; init; }

    /// <summary>Packages (name, version) the run could use: MedTwin's own dependencies and those the notebook restored.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Packages { get; init; }

    /// <summary>The snapshots the run opened, with their verified hashes.</summary>
    public required IReadOnlyList<SnapshotUse> Snapshots { get; init; }

    /// <summary>The study's own files the run read, with their hashes (texts left out).</summary>
    public IReadOnlyList<StudyFile> Files { get; init; } = [];

    /// <summary>The study's own files the run wrote, with their final hashes, in ordinal order of their paths.</summary>
    public IReadOnlyList<WrittenFile> FilesWritten { get; init; } = [];

    /// <summary>The study seed.</summary>
    public required int Seed { get; init; }

    /// <summary>What overrode the notebook's own seed (<c>--seed</c>), or <c>null</c>.</summary>
    public string? SeedOverriddenBy { get; init; }

    /// <summary>Where the run's virtual clock started.</summary>
    public required DateTimeOffset ClockStart { get; init; }

    /// <summary>The parameters the run was given, in order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; }

    /// <summary>Describes the run that <paramref name="study"/> made, with the packages the notebook restored.</summary>
    public static RunManifest Describe(Study study, IEnumerable<PackageRequest> restoredPackages) => new()
    {
        MedTwinVersion = LibraryInfo.Version,
        MedTwinCommit = LibraryInfo.Commit,
        Runtime = RuntimeInformation.FrameworkDescription,
        OperatingSystem = $"{RuntimeInformation.OSDescription} ({RuntimeInformation.ProcessArchitecture})",
        Packages = [.. HostPackageList.Value.Concat(restoredPackages.Select(p => KeyValuePair.Create(p.Id, p.Version)))
            .DistinctBy(p => p.Key).OrderBy(p => p.Key, StringComparer.Ordinal)],
        Snapshots = study.SnapshotsUsed,
        Files = study.FilesRead,
        FilesWritten = [.. study.FilesWritten.OrderBy(f => f.Path, StringComparer.Ordinal)],
        Seed = study.Options.Seed,
        SeedOverriddenBy = study.Options.SeedOverriddenBy,
        ClockStart = study.Options.ClockStart,
        Parameters = study.Options.Parameters,
    };

    /// <summary>
    /// The manifest as the JSON object stored in the notebook, keys sorted as nbformat writes them. <c>files</c> appears
    /// only when the run read a study file, <c>filesWritten</c> only when it wrote one and <c>seedOverriddenBy</c> only
    /// when the seed was overridden, so other notebooks keep the manifest they always had.
    /// </summary>
    public JsonObject ToJson()
    {
        var json = Core();
        if (Files.Count > 0)
        {
            json.SetSorted("files", new JsonArray([.. Files.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["sha256"] = f.Sha256 })]));
        }

        if (FilesWritten.Count > 0)
        {
            json.SetSorted(FilesWrittenKey, new JsonArray([.. FilesWritten.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["sha256"] = f.Sha256 })]));
        }

        if (SeedOverriddenBy is not null)
        {
            json.SetSorted(SeedOverriddenByKey, SeedOverriddenBy);
        }

        return json;
    }

    private JsonObject Core() => new()
    {
        ["clockStart"] = ClockStart.ToString("O", CultureInfo.InvariantCulture),
        ["medtwinCommit"] = MedTwinCommit,
        ["medtwinVersion"] = MedTwinVersion,
        ["os"] = OperatingSystem,
        ["packages"] = new JsonArray([.. Packages.Select(p => (JsonNode)new JsonObject { ["name"] = p.Key, ["version"] = p.Value })]),
        ["parameters"] = new JsonObject(Parameters
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
        ["runtime"] = Runtime,
        ["seed"] = Seed,
        ["snapshots"] = new JsonArray([.. Snapshots.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Name,
            ["sha256"] = s.Sha256,
            ["version"] = s.Version,
        })]),
    };

    /// <summary>MedTwin's own package dependencies, found by walking the references of the kernel's assemblies.</summary>
    // The host's packages do not change while the process runs; the Jupyter kernel describes the run after every cell.
    private static readonly Lazy<KeyValuePair<string, string>[]> HostPackageList = new(() => [.. HostPackages()]);

    private static IEnumerable<KeyValuePair<string, string>> HostPackages()
    {
        var frameworkDirectory = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(LibraryInfo).Assembly, typeof(RunManifest).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is not { } name || !seen.Add(name) || TryLoad(reference) is not { } loaded
                    || Path.GetFullPath(Path.GetDirectoryName(loaded.Location) ?? string.Empty).StartsWith(frameworkDirectory.TrimEnd('/'), StringComparison.Ordinal))
                {
                    continue;
                }

                pending.Push(loaded);
                yield return KeyValuePair.Create(name, InformationalVersion(loaded));
            }
        }
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static string InformationalVersion(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";
}
