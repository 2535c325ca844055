using System.Globalization;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class KernelParentProcessTests : IDisposable
{
    private readonly InstalledKernel kernel = InstalledKernel.Install();

    [Fact]
    public async Task When_the_front_end_is_killed_mid_execution_the_kernel_notices_and_exits()
    {
        var pidFile = kernel.Scratch.PathOf("kernel.pid");
        var kernelLog = kernel.Scratch.PathOf("kernel.log");
        using var client = kernel.StartPython(new Dictionary<string, string?>(), PythonDriver.ScriptPath, "orphan", kernel.Name, pidFile, kernelLog);
        try
        {
            var started = await Eventually(() => File.Exists(pidFile) || client.HasExited, TimeSpan.FromMinutes(2));
            Assert.True(started && File.Exists(pidFile), $"the client did not start a kernel running a cell:\n{(client.HasExited ? client.StandardError.ReadToEnd() : "")}");
            var kernelId = int.Parse(File.ReadAllText(pidFile), CultureInfo.InvariantCulture);
            Assert.True(LocalProcesses.IsRunning(kernelId));

            client.Kill();
            var ended = await Eventually(() => !LocalProcesses.IsRunning(kernelId), TimeSpan.FromSeconds(30));

            Assert.True(ended, "the kernel still runs 30 s after the process that started it was killed");
            Assert.Contains("is gone; exiting", File.ReadAllText(kernelLog), StringComparison.Ordinal);
        }
        finally
        {
            if (!client.HasExited)
            {
                client.Kill();
            }
        }
    }

    public void Dispose() => kernel.Dispose();

    private static async Task<bool> Eventually(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}
