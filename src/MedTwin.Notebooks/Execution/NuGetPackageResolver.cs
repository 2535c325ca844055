using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// Resolves <c>#r "nuget: ..."</c> requests with a real NuGet restore (the SDK's <c>dotnet restore</c> of a generated
/// project) into a cache folder. A request restored once is read back from the cache without touching the network.
/// </summary>
public sealed class NuGetPackageResolver(string cacheDirectory)
{
    private const string DoneMarker = "restore.done";
    private static readonly string TargetFramework = $"net{Environment.Version.Major}.0";

    /// <summary>The cache folder, one sub-folder per distinct request.</summary>
    public string CacheDirectory { get; } = Path.GetFullPath(cacheDirectory);

    /// <summary>The default cache: <c>$MEDTWIN_NUGET_CACHE</c>, else <c>medtwin/nuget</c> in the user's cache folder.</summary>
    public static NuGetPackageResolver CreateDefault()
    {
        var configured = Environment.GetEnvironmentVariable("MEDTWIN_NUGET_CACHE");
        var root = !string.IsNullOrEmpty(configured)
            ? configured
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "medtwin",
                "nuget");
        return new NuGetPackageResolver(root);
    }

    /// <summary>Restores the packages (with their dependencies) and returns the runtime assemblies, ordered by path.</summary>
    /// <exception cref="PackageRestoreException">The restore failed; the message holds its errors.</exception>
    public async Task<IReadOnlyList<string>> ResolveAsync(
        IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var project = CreateProject(packages, sources);
        var folder = Path.Combine(CacheDirectory, Key(project));
        var assets = Path.Combine(folder, "obj", "project.assets.json");
        if (!File.Exists(Path.Combine(folder, DoneMarker)))
        {
            Directory.CreateDirectory(folder);
            // Plain writes suffice in the cache: until the done marker exists, a half-written folder is rebuilt from scratch.
            var projectPath = Path.Combine(folder, "restore.csproj");
            await File.WriteAllTextAsync(projectPath, project, cancellationToken);
            await RestoreAsync(projectPath, packages, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, DoneMarker), string.Empty, cancellationToken);
        }

        return ReadRuntimeAssemblies(assets);
    }

    private static string CreateProject(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources)
    {
        var properties = new XElement(
            "PropertyGroup",
            new XElement("TargetFramework", TargetFramework),
            new XElement("ImportDirectoryBuildProps", "false"),
            new XElement("ImportDirectoryPackagesProps", "false"),
            new XElement("ManagePackageVersionsCentrally", "false"),
            new XElement("RestoreAdditionalProjectSources", string.Join(';', sources)));
        var references = new XElement(
            "ItemGroup",
            packages.Select(p => new XElement("PackageReference", new XAttribute("Include", p.Id), new XAttribute("Version", $"[{p.Version}]"))));
        return new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"), properties, references).ToString() + "\n";
    }

    private static string Key(string project) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(project)))[..16];

    private static async Task RestoreAsync(string projectPath, IReadOnlyList<PackageRequest> packages, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", projectPath, "--nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var restore = Process.Start(start) ?? throw new PackageRestoreException("Could not start `dotnet restore`.");
        var output = restore.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = restore.StandardError.ReadToEndAsync(cancellationToken);
        await restore.WaitForExitAsync(cancellationToken);
        if (restore.ExitCode != 0)
        {
            var messages = (await output + await error).Split('\n')
                .Where(line => line.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Select(line => line.Trim())
                .Distinct();
            throw new PackageRestoreException(
                $"NuGet restore of {string.Join(", ", packages.Select(p => $"{p.Id} {p.Version}"))} failed:\n{string.Join('\n', messages)}");
        }
    }

    private static List<string> ReadRuntimeAssemblies(string assetsPath)
    {
        using var assets = JsonDocument.Parse(File.ReadAllBytes(assetsPath));
        var root = assets.RootElement;
        var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = root.GetProperty("libraries");
        var result = new List<string>();
        foreach (var package in root.GetProperty("targets").GetProperty(TargetFramework).EnumerateObject())
        {
            if (!package.Value.TryGetProperty("runtime", out var runtime))
            {
                continue;
            }

            var packagePath = libraries.GetProperty(package.Name).GetProperty("path").GetString()!;
            result.AddRange(runtime.EnumerateObject()
                .Where(asset => Path.GetFileName(asset.Name) != "_._")
                .Select(asset => Path.GetFullPath(Path.Combine(packageFolder, packagePath, asset.Name))));
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }
}
