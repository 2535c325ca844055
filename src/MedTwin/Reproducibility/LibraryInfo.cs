using System.Reflection;

namespace MedTwin.Reproducibility;

/// <summary>The version of the MedTwin library that is running, and the source commit it was built from.</summary>
public static class LibraryInfo
{
    private static readonly string Informational =
        typeof(LibraryInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? throw new InvalidOperationException("The MedTwin assembly carries no informational version.");

    /// <summary>The SemVer version, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = Informational.Split('+')[0];

    /// <summary>The git commit the library was built from, or <c>null</c> when it was built outside a git work tree.</summary>
    public static string? Commit { get; } = Informational.Contains('+', StringComparison.Ordinal) ? Informational.Split('+')[1] : null;

    /// <summary>The full informational version, <c>version+commit</c>.</summary>
    public static string InformationalVersion => Informational;
}
