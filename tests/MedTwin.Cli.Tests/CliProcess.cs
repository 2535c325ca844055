using System.Diagnostics;

namespace MedTwin.Cli.Tests;

/// <summary>Runs the built <c>medtwin</c> command in a process of its own, with the environment a test gives it.</summary>
internal static class CliProcess
{
    /// <summary>The CLI's assembly: copied beside the tests (the project references it), else in the CLI project's own output.</summary>
    public static string Assembly { get; } = FindAssembly();

    /// <summary>Starts <c>dotnet MedTwin.Cli.dll ARGS</c> in <paramref name="workingDirectory"/> with the given variables set (null: removed).</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        StartProgram(Dotnet, workingDirectory, environment, [Assembly, .. args]);

    /// <summary>The <c>dotnet</c> host that runs the tests, which runs the CLI too.</summary>
    public static string Dotnet { get; } = DotnetHost();

    /// <summary>Starts <paramref name="program"/> with <paramref name="args"/>, output redirected, with the given variables set (null: removed).</summary>
    public static Process StartProgram(string program, string workingDirectory, IEnumerable<KeyValuePair<string, string?>> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
    }

    /// <summary>Waits for the process to end (at most <paramref name="timeout"/>, default 2 minutes) and returns what it did, as a <see cref="CliRun"/>.</summary>
    public static async Task<CliRun> CompleteAsync(Process process, TimeSpan? timeout = null)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return new CliRun(process.ExitCode, await output, await error);
        }
    }

    /// <summary>The dotnet host that runs the CLI's assembly.</summary>
    public static string DotnetHost()
    {
        // The dotnet command sets DOTNET_HOST_PATH for what it starts (the test host among them).
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
    }

    private static string FindAssembly()
    {
        const string Name = "MedTwin.Cli.dll";
        var beside = Path.Combine(AppContext.BaseDirectory, Name);
        if (File.Exists(beside))
        {
            return beside;
        }

        // ...bin/<configuration>/<framework>/ of the test project maps to the same folders of the CLI project.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var built = Path.Combine(RepositoryPaths.Root, "src", "MedTwin.Cli", "bin", framework.Parent!.Name, framework.Name, Name);
        return File.Exists(built)
            ? built
            : throw new FileNotFoundException($"{Name} is neither beside the tests nor in the CLI project's output; build MedTwin.slnx first.", built);
    }
}
