using System.Security.Cryptography;
using System.Text;
using MedTwin.Data.Snapshots;

namespace MedTwin.Reproducibility;

/// <summary>
/// The running study: its seed, virtual clock, parameters and the snapshots it opened. The notebook runner begins one
/// before the first cell; library code reads <see cref="Current"/> so studies need no magic numbers.
/// </summary>
public sealed partial class Study : IDisposable
{
    private static readonly AsyncLocal<Study?> Ambient = new();

    private readonly Study? previous;
    private readonly List<SnapshotUse> snapshotsUsed = [];
    private readonly List<StudyFile> filesRead = [];
    private readonly List<WrittenFile> filesWritten = [];
    private readonly Lazy<SnapshotCatalog> catalog;

    private Study(StudyOptions options, Study? previous)
    {
        Options = options;
        clock = new VirtualClock(options.ClockStart);
        this.previous = previous;
        catalog = new Lazy<SnapshotCatalog>(() =>
            options.DataFolder is null ? SnapshotCatalog.Discover(options.DataSearchDirectory) : new SnapshotCatalog(options.DataFolder));
    }

    /// <summary>The study running in this flow of execution.</summary>
    /// <exception cref="InvalidOperationException">No study has begun.</exception>
    public static Study Current => Ambient.Value ?? throw new InvalidOperationException(
        "No study is running: call Study.Begin(new StudyOptions { Seed = ... }) first. `medtwin run` begins one before the first cell.");

    /// <summary>Whether a study is running in this flow of execution.</summary>
    public static bool IsRunning => Ambient.Value is not null;

    /// <summary>The options the study began with, with the seed and clock start <see cref="Declare"/> stated if they were not.</summary>
    public StudyOptions Options { get; private set; }

    /// <summary>The seed every random choice draws from.</summary>
    public int Seed => DrawOn(Options.Seed);

    /// <summary>The run's clock; "now" for everything the study does.</summary>
    public VirtualClock Clock => DrawOn(clock);

    /// <summary>The study's own files read so far (<see cref="ReadFile"/>), in the order first read; their texts are left out.</summary>
    public IReadOnlyList<StudyFile> FilesRead => filesRead;

    /// <summary>The study's own files written so far (<see cref="WriteFile"/>), in the order first written, each with its final hash.</summary>
    public IReadOnlyList<WrittenFile> FilesWritten => filesWritten;

    /// <summary>The snapshots opened so far, in the order first opened.</summary>
    public IReadOnlyList<SnapshotUse> SnapshotsUsed => snapshotsUsed;

    /// <summary>Begins a study and makes it <see cref="Current"/> until disposed.</summary>
    public static Study Begin(StudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var study = new Study(options, Ambient.Value);
        Ambient.Value = study;
        return study;
    }

    /// <summary>Opens a pinned snapshot (hash checked before parsing) and records it in the run's manifest.</summary>
    public Snapshot OpenSnapshot(string name, int version)
    {
        var snapshot = catalog.Value.Open(name, version);
        Record(new SnapshotUse(snapshot.Name, snapshot.Version, snapshot.Sha256));
        return snapshot;
    }

    private void Record(SnapshotUse use)
    {
        if (!snapshotsUsed.Contains(use))
        {
            snapshotsUsed.Add(use);
        }
    }

    /// <summary>Opens a pinned snapshot's file of another format (e.g. a FHIR bundle), hash checked, and records it.</summary>
    public SnapshotFile OpenSnapshotFile(string name, int version)
    {
        var file = catalog.Value.OpenFile(name, version);
        Record(new SnapshotUse(file.Manifest.Name, file.Manifest.Version, file.Manifest.Sha256));
        return file;
    }

    /// <summary>
    /// Reads one of the study's own files (a pinned recipe, a parameter table), relative to the study's folder, and
    /// records its path and SHA-256 in the run's manifest, so a reviewer sees exactly which version was used.
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty or absolute: a manifest must not name a folder of one machine.</exception>
    /// <exception cref="FileNotFoundException">No such file; the message names the path and the folder searched.</exception>
    public StudyFile ReadFile(string path)
    {
        var full = PathOf(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The study file '{path}' does not exist in the study's folder '{Folder}'.", full);
        }

        var bytes = File.ReadAllBytes(full);
        var file = new StudyFile(path.Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(bytes)), new UTF8Encoding(false, true).GetString(bytes));
        if (!filesRead.Contains(file with { Text = string.Empty }))
        {
            filesRead.Add(file with { Text = string.Empty });
        }

        return file;
    }

    /// <summary>
    /// Writes one of the study's own files (a figure, a model card, a table) inside the study's folder and records its
    /// path, SHA-256 and size in the run's manifest, so verification compares it as it compares outputs. The file is
    /// replaced whole or not at all: <paramref name="write"/> fills a temporary file beside it, which then takes its
    /// place. A file written again in the same run is recorded once, with its final hash.
    /// </summary>
    /// <param name="path">The path relative to the study's folder, e.g. <c>"figures/glucose.svg"</c>; missing folders are created.</param>
    /// <param name="write">Writes the file's bytes to the stream it is given.</param>
    /// <exception cref="ArgumentException">The path is empty, absolute, names a folder, or leads outside the study's folder.</exception>
    public WrittenFile WriteFile(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var relative = WritablePath(path);
        var target = System.IO.Path.Combine(Options.OutputDirectory is { } output ? System.IO.Path.GetFullPath(output) : Folder, relative);
        AtomicFile.Write(target, write);
        WrittenFile file;
        using (var written = File.OpenRead(target))
        {
            file = new WrittenFile(relative.Replace(System.IO.Path.DirectorySeparatorChar, '/'), Convert.ToHexStringLower(SHA256.HashData(written)), written.Length);
        }

        var index = filesWritten.FindIndex(f => f.Path == file.Path);
        if (index < 0)
        {
            filesWritten.Add(file);
        }
        else
        {
            filesWritten[index] = file;
        }

        return file;
    }

    /// <summary>The path of a file the study may write, relative to its folder and normalised; refused if it could land anywhere else.</summary>
    private string WritablePath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A study writes a file named by a path relative to the study's folder; the path given is empty.", nameof(path));
        }

        if (System.IO.Path.IsPathRooted(path))
        {
            throw new ArgumentException($"A study writes its files inside the study's folder, named relative to it; '{path}' is absolute.", nameof(path));
        }

        var relative = System.IO.Path.GetRelativePath(Folder, System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, path)));
        if (relative == ".." || relative.StartsWith(".." + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative))
        {
            throw new ArgumentException($"A study writes its files inside the study's folder '{Folder}'; '{path}' leads outside it.", nameof(path));
        }

        if (relative == "." || System.IO.Path.EndsInDirectorySeparator(path))
        {
            throw new ArgumentException($"A study writes files, not folders; '{path}' names a folder.", nameof(path));
        }

        return relative;
    }

    /// <summary>
    /// The full path of a file or folder named relative to the study's folder (the notebook's), e.g. where a study writes
    /// a model card; the process's current directory plays no part.
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty or absolute: a study names its files relative to itself.</exception>
    public string PathOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (System.IO.Path.IsPathRooted(path))
        {
            throw new ArgumentException($"A study file is named relative to the study's folder; '{path}' is absolute.", nameof(path));
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, path));
    }

    private string Folder => System.IO.Path.GetFullPath(Options.StudyDirectory ?? Directory.GetCurrentDirectory());

    /// <summary>A seeded random stream named after its purpose (e.g. <c>"cv-folds"</c>); see <see cref="SeedStreams"/>.</summary>
    public Random Random(string stream) => SeedStreams.Create(Seed, stream);

    /// <summary>Ends the study; the one that was current before it is current again.</summary>
    public void Dispose() => Ambient.Value = previous;
}
