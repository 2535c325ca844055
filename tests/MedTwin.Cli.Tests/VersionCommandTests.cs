using MedTwin.Reproducibility;

namespace MedTwin.Cli.Tests;

public sealed class VersionCommandTests
{
    [Fact]
    public void Version_prints_the_library_version_and_commit()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"medtwin {LibraryInfo.Version}+{LibraryInfo.Commit}{Environment.NewLine}", run.Output);
    }

    [Fact]
    public void An_unknown_command_fails_and_says_so()
    {
        var run = CliRun.Of("frobnicate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }
}
