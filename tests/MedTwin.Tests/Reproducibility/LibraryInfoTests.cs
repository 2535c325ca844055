using System.Diagnostics;
using System.Text.RegularExpressions;
using MedTwin.Reproducibility;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Reproducibility;

public sealed class LibraryInfoTests
{
    [Fact]
    public void Version_is_semantic_and_starts_the_informational_version()
    {
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$"), LibraryInfo.Version);
        Assert.StartsWith(LibraryInfo.Version, LibraryInfo.InformationalVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Informational_version_carries_the_git_commit_the_library_was_built_from()
    {
        Assert.NotNull(LibraryInfo.Commit);
        Assert.Matches(new Regex("^[0-9a-f]{40}$"), LibraryInfo.Commit);
        Assert.Equal($"{LibraryInfo.Version}+{LibraryInfo.Commit}", LibraryInfo.InformationalVersion);
        Assert.Equal(GitHead(), LibraryInfo.Commit);
    }

    private static string GitHead()
    {
        var start = new ProcessStartInfo("git", ["rev-parse", "HEAD"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
        };
        using var git = Process.Start(start)!;
        var head = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return head;
    }
}
