using System.Diagnostics;

namespace MedTwin.Cli.Tests.Browser;

/// <summary>
/// Debian's chromium, headless, opening one page from disk with no network: the DOM after its scripts ran, and every
/// line its console printed. <c>environment/install-test-peers.sh</c> installs it.
/// </summary>
internal static class HeadlessChromium
{
    private const string Executable = "/usr/bin/chromium";

    public static PageVisit Open(string file)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: run environment/install-test-peers.sh.");
        using var profile = new ScratchFolder();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.Root,
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom", new Uri(file).AbsoluteUri,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"chromium did not finish with {file}.");
        var console = error.Result.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return new PageVisit(dom, console);
    }
}

/// <summary>What a page became in the browser: its DOM after the scripts ran, and what its console printed (errors, warnings, logs).</summary>
internal sealed record PageVisit(string Dom, IReadOnlyList<string> ConsoleLines);
