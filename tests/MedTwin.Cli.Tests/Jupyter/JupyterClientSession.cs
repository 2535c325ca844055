using System.Text.Json.Nodes;

namespace MedTwin.Cli.Tests.Jupyter;

/// <summary>
/// One session of Jupyter's own client (KernelManager and BlockingKernelClient) with the installed kernel, run once for
/// all the tests that read it: executions, completions, inspection, is_complete, history, interrupt, restart, shutdown.
/// </summary>
public sealed class JupyterClientSession : IDisposable
{
    private readonly InstalledKernel kernel = InstalledKernel.Install();

    public JupyterClientSession() => Observed = (JsonObject)JsonNode.Parse(kernel.RunDriver("session", kernel.Name))!;

    /// <summary>What the driver observed, by scenario (see kernel_client.py).</summary>
    public JsonObject Observed { get; }

    public void Dispose() => kernel.Dispose();
}
