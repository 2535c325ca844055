using System.Net;
using System.Text.Json.Nodes;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class KernelMessageSigningTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    [Fact]
    public async Task A_message_signed_with_the_wrong_key_gets_no_reply_executes_nothing_and_is_logged()
    {
        var ports = LocalProcesses.FreePorts(5);
        var connectionFile = scratch.PathOf("kernel.json");
        File.WriteAllText(connectionFile, new JsonObject
        {
            ["transport"] = "tcp",
            ["ip"] = "127.0.0.1",
            ["shell_port"] = ports[0],
            ["iopub_port"] = ports[1],
            ["stdin_port"] = ports[2],
            ["control_port"] = ports[3],
            ["hb_port"] = ports[4],
            ["key"] = "the-right-key",
            ["signature_scheme"] = "hmac-sha256",
            ["kernel_name"] = "",
        }.ToJsonString());
        var marker = scratch.PathOf("executed");
        var kernel = CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "kernel", "--connection-file", connectionFile);

        var observed = JsonNode.Parse(PythonDriver.Run(scratch.Root, [], "wrong-key", connectionFile, marker))!;
        var run = await CliProcess.CompleteAsync(kernel);

        Assert.Null(observed["wrong_key_reply"]);
        Assert.False(File.Exists(marker), "the wrongly signed cell ran");
        Assert.Equal("ok", (string?)observed["right_key_reply"]);
        Assert.Contains("dropped a message on shell: the signature does not match", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task The_kernel_listens_on_the_connection_files_address_and_nowhere_else()
    {
        var ports = LocalProcesses.FreePorts(5);
        var connectionFile = scratch.PathOf("kernel.json");
        File.WriteAllText(connectionFile, $$"""
            {"transport": "tcp", "ip": "127.0.0.1", "shell_port": {{ports[0]}}, "iopub_port": {{ports[1]}}, "stdin_port": {{ports[2]}},
             "control_port": {{ports[3]}}, "hb_port": {{ports[4]}}, "key": "k", "signature_scheme": "hmac-sha256"}
            """);
        var kernel = CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "kernel", "--connection-file", connectionFile);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (ports.Any(p => LocalProcesses.ListeningAddresses(p).Count == 0) && DateTime.UtcNow < deadline && !kernel.HasExited)
            {
                await Task.Delay(100);
            }

            foreach (var port in ports)
            {
                Assert.Equal([IPAddress.Loopback], LocalProcesses.ListeningAddresses(port));
            }
        }
        finally
        {
            kernel.Kill();
            await CliProcess.CompleteAsync(kernel);
        }
    }

    public void Dispose() => scratch.Dispose();
}
