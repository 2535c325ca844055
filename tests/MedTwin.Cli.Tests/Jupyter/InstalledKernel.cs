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

    /// <summary>Installs the kernelspec in a new scratch folder under <paramref name="name"/>, or a name of its own.</summary>
    public static InstalledKernel Install(string? name = null)
    {
        var scratch = new ScratchFolder();
        name ??= $"medtwin-test-{Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal)}";
        // Off the test's synchronization context: blocking on it from a constructor would deadlock.
        var install = Task.Run(() => CliProcess.CompleteAsync(
            CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "kernel", "install", "--prefix", scratch.Root, "--name", name))).GetAwaiter().GetResult();
        Assert.True(install.ExitCode == 0, $"medtwin kernel install failed: {install.Error}");
        return new InstalledKernel(scratch, name);
    }

    /// <summary>Starts Python with <paramref name="args"/> in the scratch folder, with the Jupyter environment and <paramref name="extraEnvironment"/>.</summary>
    public Process StartPython(IReadOnlyDictionary<string, string?> extraEnvironment, params string[] args) =>
        PythonDriver.Start(Scratch.Root, Environment.Concat(extraEnvironment), args);

    /// <summary>
    /// Executes <paramref name="notebook"/> with <c>jupyter nbconvert --to notebook --execute</c>, as a user types it (the
    /// kernel is the one the notebook names), into <paramref name="output"/>; returns what nbconvert did.
    /// </summary>
    public Task<CliRun> NbconvertAsync(string notebook, string output, IReadOnlyDictionary<string, string?> extraEnvironment, params string[] options) =>
        CliProcess.CompleteAsync(
            StartPython(
                extraEnvironment,
                ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600", .. options,
                    "--output-dir", Path.GetDirectoryName(output)!, "--output", Path.GetFileName(output), notebook]),
            TimeSpan.FromMinutes(10));

    /// <summary>Runs the Jupyter client driver with the Jupyter environment and returns what it printed; fails the test if it fails.</summary>
    public string RunDriver(params string[] args) => PythonDriver.Run(Scratch.Root, Environment, args);

    public void Dispose() => Scratch.Dispose();
}
