using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// A C# cell split into the code Roslyn compiles and the directives MedTwin handles itself. Directive lines become
/// empty lines, so compiler and stack-trace line numbers stay the cell's own.
/// </summary>
public sealed partial class CellSource
{
    private CellSource(string code, IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> packageSources)
    {
        Code = code;
        Packages = packages;
        PackageSources = packageSources;
    }

    /// <summary>The code to compile; <c>#r "path"</c> stays in it for Roslyn to resolve.</summary>
    public string Code { get; }

    /// <summary>The packages the cell asks for, in order.</summary>
    public IReadOnlyList<PackageRequest> Packages { get; }

    /// <summary>The package sources the cell adds with <c>#i "nuget: ..."</c>, in order.</summary>
    public IReadOnlyList<string> PackageSources { get; }

    /// <summary>Splits a C# cell's source.</summary>
    /// <exception cref="CellDirectiveException">A directive is malformed or unknown.</exception>
    public static CellSource Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Split('\n');
        var packages = new List<PackageRequest>();
        var sources = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (!line.StartsWith('#'))
            {
                continue;
            }

            var handled = ParseDirective(line, i + 1, packages, sources);
            if (handled)
            {
                lines[i] = lines[i].EndsWith('\r') ? "\r" : string.Empty;
            }
        }

        return new CellSource(string.Join('\n', lines), packages, sources);
    }

    private static bool ParseDirective(string line, int lineNumber, List<PackageRequest> packages, List<string> sources)
    {
        if (line.StartsWith("#!", StringComparison.Ordinal))
        {
            var name = line[2..].Split(' ', 2)[0];
            return name is "csharp" or "c#" or "C#"
                ? true
                : throw new CellDirectiveException(
                    $"Line {lineNumber}: unknown directive '#!{name}'. A C# cell understands #r \"path.dll\", #r \"nuget: Name, Version\", #i \"nuget: source\" and a leading #!csharp.");
        }

        var nuget = NuGetDirective().Match(line);
        if (!nuget.Success)
        {
            if (line.StartsWith("#i", StringComparison.Ordinal) && (line.Length == 2 || line[2] is ' ' or '"'))
            {
                throw new CellDirectiveException($"Line {lineNumber}: expected #i \"nuget: <folder or source>\"; found {line}");
            }

            return false;
        }

        var argument = nuget.Groups["argument"].Value.Trim();
        if (nuget.Groups["kind"].Value == "i")
        {
            sources.Add(argument.Length > 0 ? argument : throw new CellDirectiveException($"Line {lineNumber}: #i \"nuget:\" names no source."));
            return true;
        }

        var parts = argument.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || !ExactVersion().IsMatch(parts[1]))
        {
            throw new CellDirectiveException(
                $"Line {lineNumber}: expected #r \"nuget: Name, Version\" with an exact version (a study must pin what it ran); found {line}");
        }

        packages.Add(new PackageRequest(parts[0], parts[1]));
        return true;
    }

    [GeneratedRegex("""^#(?<kind>[ri])\s+"nuget:(?<argument>[^"]*)"\s*$""")]
    private static partial Regex NuGetDirective();

    [GeneratedRegex(@"^\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex ExactVersion();
}
