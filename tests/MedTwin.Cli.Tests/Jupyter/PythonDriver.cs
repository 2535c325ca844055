using System.Diagnostics;

namespace MedTwin.Cli.Tests.Jupyter;

/// <summary>Runs <see cref="JupyterPython"/> (the Jupyter client driver beside the tests, or a module such as nbconvert).</summary>
internal static class PythonDriver
{
    /// <summary>The driver script, copied beside the tests.</summary>
    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Jupyter", "kernel_client.py");

    /// <summary>The script that executes a notebook with parameters as papermill does, copied beside the tests.</summary>
    public static string PapermillStylePath => Path.Combine(AppContext.BaseDirectory, "Jupyter", "papermill_style.py");

    /// <summary>Starts Python with <paramref name="args"/> in <paramref name="workingDirectory"/>, with the variables given set (null: removed).</summary>
    public static Process Start(string workingDirectory, IEnumerable<KeyValuePair<string, string?>> environment, params string[] args) =>
        CliProcess.StartProgram(JupyterPython.Path, workingDirectory, environment, args);

    /// <summary>Runs the driver script with <paramref name="args"/> and returns what it printed; fails the test if it fails.</summary>
    public static string Run(string workingDirectory, IEnumerable<KeyValuePair<string, string?>> environment, params string[] args)
    {
        // Off the test's synchronization context: blocking on it from a constructor would deadlock.
        var run = Task.Run(() => CliProcess.CompleteAsync(Start(workingDirectory, environment, [ScriptPath, .. args]))).GetAwaiter().GetResult();
        Assert.True(run.ExitCode == 0, $"kernel_client.py {string.Join(' ', args)} failed ({run.ExitCode}):\n{run.Error}");
        return run.Output;
    }
}
