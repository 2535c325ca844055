using System.Diagnostics;

namespace MedTwin.Cli.Tests.Jupyter;

/// <summary>
/// MedTwin's kernelspec installed with <c>medtwin kernel install --prefix</c> into a scratch folder of its own, and the
/// environment that makes Jupyter look only there: the user's real Jupyter folders are never touched.
/// </summary>
internal sealed class InstalledKernel : IDisposable
{
    private InstalledKernel(ScratchFolder scratch, string name)
    {
        Scratch = scratch;
        Name = name;
        Environment = new Dictionary<string, string?>
        {
            ["JUPYTER_PATH"] = Path.Combine(scratch.Root, "share", "jupyter"),
            ["JUPYTER_DATA_DIR"] = scratch.PathOf("data/"),
            ["JUPYTER_CONFIG_DIR"] = scratch.PathOf("config/"),
            ["JUPYTER_RUNTIME_DIR"] = scratch.PathOf("runtime/"),
            ["JPY_SESSION_NAME"] = null,
        };
    }

    public ScratchFolder Scratch { get; }

    /// <summary>The kernel name to ask Jupyter for.</summary>
    public string Name { get; }

    /// <summary>The variables every Python process of the test gets.</summary>
    public Dictionary<string, string?> Environment { get; }

    /// <summary>Installs the kernelspec under a name of its own in a new scratch folder.</summary>
    public static InstalledKernel Install()
    {
        var scratch = new ScratchFolder();
        var name = $"medtwin-test-{Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal)}";
        var install = CliProcess.CompleteAsync(CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "kernel", "install", "--prefix", scratch.Root, "--name", name))
            .GetAwaiter().GetResult();
        Assert.True(install.ExitCode == 0, $"medtwin kernel install failed: {install.Error}");
        return new InstalledKernel(scratch, name);
    }

    /// <summary>Starts Python with the driver or module arguments given, in the scratch folder, with the Jupyter environment.</summary>
    public Process StartPython(IReadOnlyDictionary<string, string?> extraEnvironment, params string[] args)
    {
        var start = new ProcessStartInfo(JupyterPython.Path)
        {
            WorkingDirectory = Scratch.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in Environment.Concat(extraEnvironment))
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

        return Process.Start(start) ?? throw new InvalidOperationException($"{JupyterPython.Path} did not start.");
    }

    /// <summary>Runs the Jupyter client driver beside the tests and returns what it printed; fails the test if it fails.</summary>
    public string RunDriver(params string[] args)
    {
        var run = CliProcess.CompleteAsync(StartPython(new Dictionary<string, string?>(), [DriverPath, .. args])).GetAwaiter().GetResult();
        Assert.True(run.ExitCode == 0, $"kernel_client.py {string.Join(' ', args)} failed ({run.ExitCode}):\n{run.Error}");
        return run.Output;
    }

    /// <summary>The driver script, copied beside the tests.</summary>
    public static string DriverPath => Path.Combine(AppContext.BaseDirectory, "Jupyter", "kernel_client.py");

    public void Dispose() => Scratch.Dispose();
}
