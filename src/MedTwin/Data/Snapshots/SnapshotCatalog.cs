using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace MedTwin.Data.Snapshots;

/// <summary>
/// The pinned snapshots under one data folder, laid out as <c>&lt;root&gt;/&lt;name&gt;/&lt;version&gt;/snapshot.json</c>
/// beside the data file. Every open checks the file's SHA-256 before a byte of it is parsed.
/// </summary>
public sealed partial class SnapshotCatalog
{
    /// <summary>The environment variable that names the data folder, overriding discovery.</summary>
    public const string DataFolderVariable = "MEDTWIN_DATA";

    /// <summary>Creates a catalog over an existing data folder.</summary>
    public SnapshotCatalog(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        if (!Directory.Exists(rootDirectory))
        {
            throw new DirectoryNotFoundException($"The data folder '{rootDirectory}' does not exist.");
        }

        RootDirectory = Path.GetFullPath(rootDirectory);
    }

    /// <summary>The data folder, as a full path.</summary>
    public string RootDirectory { get; }

    /// <summary>
    /// Finds the data folder: the one <see cref="DataFolderVariable"/> names, else the nearest <c>data</c> folder holding
    /// snapshots in <paramref name="startDirectory"/> (default: the current directory) or one of its parents.
    /// </summary>
    public static SnapshotCatalog Discover(string? startDirectory = null)
    {
        var configured = Environment.GetEnvironmentVariable(DataFolderVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return new SnapshotCatalog(configured);
        }

        var start = Path.GetFullPath(startDirectory ?? Directory.GetCurrentDirectory());
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, SnapshotManifestReader.FileName, SearchOption.AllDirectories).Any())
            {
                return new SnapshotCatalog(candidate);
            }
        }

        throw new DirectoryNotFoundException(
            $"No 'data' folder with snapshots in '{start}' or any folder above it. Set {DataFolderVariable} to the data folder.");
    }

    /// <summary>Every snapshot's manifest, ordered by name, then version.</summary>
    public IReadOnlyList<SnapshotManifest> List() =>
        [.. EnumerateSnapshots().Select(s => SnapshotManifestReader.Read(ManifestPath(s.Name, s.Version), s.Name, s.Version))];

    /// <summary>Opens a snapshot: checks its SHA-256, then parses it with the declared column types.</summary>
    /// <exception cref="SnapshotNotFoundException">No such name, or no such version of it.</exception>
    /// <exception cref="SnapshotHashMismatchException">The file is not the pinned one; nothing was parsed.</exception>
    /// <exception cref="SnapshotFormatException">A row does not match the declared schema.</exception>
    /// <exception cref="SnapshotManifestException">The manifest is malformed or disagrees with the file.</exception>
    public Snapshot Open(string name, int version)
    {
        CheckExists(name, version);
        return ToTable(LoadFile(name, version));
    }

    /// <summary>Opens a snapshot's data file of any format (e.g. a FHIR bundle), its SHA-256 checked.</summary>
    /// <exception cref="SnapshotNotFoundException">No such name, or no such version of it.</exception>
    /// <exception cref="SnapshotHashMismatchException">The file is not the pinned one.</exception>
    /// <exception cref="SnapshotManifestException">The manifest is malformed or disagrees with the file.</exception>
    public SnapshotFile OpenFile(string name, int version)
    {
        CheckExists(name, version);
        return LoadFile(name, version);
    }

    private void CheckExists(string name, int version)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a snapshot name: names are lower-case letters and digits in parts joined by '-', e.g. 'pima-diabetes'.",
                nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        var snapshots = EnumerateSnapshots().ToArray();
        if (!snapshots.Any(s => s.Name == name))
        {
            throw SnapshotNotFoundException.UnknownName(name, RootDirectory, [.. snapshots.Select(s => s.Name).Distinct()]);
        }

        if (!snapshots.Contains((name, version)))
        {
            throw SnapshotNotFoundException.UnknownVersion(
                name, version, [.. snapshots.Where(s => s.Name == name).Select(s => s.Version.ToString(CultureInfo.InvariantCulture))]);
        }
    }

    /// <summary>Re-hashes and re-reads every snapshot; one check per snapshot, ordered by name, then version.</summary>
    public IReadOnlyList<SnapshotCheck> Verify() =>
        [.. EnumerateSnapshots().Select(s => Check(s.Name, s.Version))];

    private SnapshotCheck Check(string name, int version)
    {
        try
        {
            var file = LoadFile(name, version);
            if (file.Manifest.Format == SnapshotFormats.Csv)
            {
                ToTable(file);
            }

            return new SnapshotCheck(name, version, Problem: null);
        }
        catch (Exception e) when (e is SnapshotException or IOException or UnauthorizedAccessException)
        {
            return new SnapshotCheck(name, version, e.Message);
        }
    }

    private Snapshot ToTable(SnapshotFile file)
    {
        var manifest = file.Manifest;
        if (manifest.Format != SnapshotFormats.Csv)
        {
            throw new InvalidOperationException(
                $"Snapshot '{manifest.Name}' v{manifest.Version} is a {manifest.Format} file, not a table: open it with {nameof(OpenFile)}.");
        }

        var table = SnapshotTableParser.Parse(file.Bytes.Span, file.FilePath, ManifestPath(manifest.Name, manifest.Version), manifest);
        return new Snapshot(manifest, file.FilePath, table);
    }

    private SnapshotFile LoadFile(string name, int version)
    {
        var manifestPath = ManifestPath(name, version);
        var manifest = SnapshotManifestReader.Read(manifestPath, name, version);
        var filePath = Path.Combine(Path.GetDirectoryName(manifestPath)!, manifest.File);
        if (!File.Exists(filePath))
        {
            throw new SnapshotManifestException(manifestPath, $"names the data file '{manifest.File}', which is not in the snapshot's folder.");
        }

        var bytes = File.ReadAllBytes(filePath);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != manifest.Sha256)
        {
            throw new SnapshotHashMismatchException(filePath, manifest.Sha256, actual);
        }

        if (manifest.Format == SnapshotFormats.FhirBundle)
        {
            FhirBundleEntries.Check(bytes, filePath, manifestPath, manifest.Rows);
        }

        return new SnapshotFile(manifest, filePath, bytes);
    }

    private string ManifestPath(string name, int version) =>
        Path.Combine(RootDirectory, name, version.ToString(CultureInfo.InvariantCulture), SnapshotManifestReader.FileName);

    /// <summary>The (name, version) folders that hold a manifest, ordered by name (ordinal), then version.</summary>
    private IEnumerable<(string Name, int Version)> EnumerateSnapshots() =>
        Directory.EnumerateDirectories(RootDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => NamePattern().IsMatch(name))
            .SelectMany(name => Directory.EnumerateDirectories(Path.Combine(RootDirectory, name))
                .Select(Path.GetFileName)
                .Select(folder => (Name: name, Version: ParseVersionFolder(folder))))
            .Where(s => s.Version > 0 && File.Exists(ManifestPath(s.Name, s.Version)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Version);

    private static int ParseVersionFolder(string? folder) =>
        int.TryParse(folder, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
        && version.ToString(CultureInfo.InvariantCulture) == folder ? version : 0;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
