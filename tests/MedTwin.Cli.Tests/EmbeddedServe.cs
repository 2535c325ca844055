using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MedTwin.Tests.Twins.Mqtt;

namespace MedTwin.Cli.Tests;

/// <summary><c>medtwin twin serve</c> with its embedded broker on a free port, as a process of its own that a test watches as a supervisor would.</summary>
internal sealed partial class EmbeddedServe : IDisposable
{
    private readonly ConcurrentQueue<string> output = new();
    private readonly Task<string> error;
    private readonly Task reading;

    private EmbeddedServe(Process process)
    {
        Process = process;
        error = process.StandardError.ReadToEndAsync();
        reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                output.Enqueue(line);
            }
        });
    }

    public Process Process { get; }

    /// <summary>The port the embedded broker listens on.</summary>
    public int Port { get; private set; }

    /// <summary>
    /// Starts serve on <paramref name="log"/> and waits until its broker listens. With <paramref name="fileSizeLimitKiB"/>,
    /// no file the process writes may grow past that size (<c>ulimit -f</c>), so appends fail as on a full disk.
    /// </summary>
    public static async Task<EmbeddedServe> StartAsync(string folder, string log, int? fileSizeLimitKiB = null)
    {
        string[] serve = [CliProcess.Assembly, "twin", "serve", "--log", log, "--port", "0"];
        var process = fileSizeLimitKiB is { } limit
            ? CliProcess.StartProgram(
                "bash",
                folder,
                // Write-xor-execute maps code through a file, which the size limit would break; an ignored SIGXFSZ turns
                // a write past the limit into an error the process sees instead of its death.
                [KeyValuePair.Create<string, string?>("DOTNET_EnableWriteXorExecute", "0")],
                ["-c", string.Create(CultureInfo.InvariantCulture, $"ulimit -f {limit}; trap '' XFSZ; exec \"$0\" \"$@\""), CliProcess.Dotnet, .. serve])
            : CliProcess.StartProgram(CliProcess.Dotnet, folder, [], serve);
        var started = new EmbeddedServe(process);
        await Eventually.HoldsAsync(() => started.ReadPort() || process.HasExited, "serve's embedded broker listening", TimeSpan.FromSeconds(30));
        if (started.Port == 0)
        {
            Assert.Fail($"serve ended before its broker listened: {await started.ErrorAsync()}");
        }

        return started;
    }

    /// <summary>What serve wrote to standard output so far.</summary>
    public IReadOnlyList<string> Output => [.. output];

    /// <summary>What serve wrote to standard error; completes once it has ended.</summary>
    public async Task<string> ErrorAsync()
    {
        await reading;
        return await error;
    }

    /// <summary>Sends SIGTERM, as a supervisor stopping it does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits (at most a minute) for serve to end and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await Process.WaitForExitAsync(limit.Token);
        return Process.ExitCode;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    private bool ReadPort()
    {
        foreach (var line in output)
        {
            if (EmbeddedBrokerLine().Match(line) is { Success: true } match)
            {
                Port = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"broker 127\.0\.0\.1:(\d+) \(embedded\)$")]
    private static partial Regex EmbeddedBrokerLine();
}
