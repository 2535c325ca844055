using System.Net;
using System.Text.Json.Nodes;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class KernelMessageSigningTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    [Fact]
    public async Task A_message_signed_with_the_wrong_key_gets_no_reply_executes_nothing_and_is_logged()
    {
        var connectionFile = WriteConnectionFile("the-right-key");
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
    public async Task The_same_signed_execute_request_sent_three_times_executes_once_and_the_replays_are_logged()
    {
        var connectionFile = WriteConnectionFile("the-key");
        var marker = scratch.PathOf("executions");
        var kernel = CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "kernel", "--connection-file", connectionFile);

        var observed = JsonNode.Parse(PythonDriver.Run(scratch.Root, [], "replay", connectionFile, marker))!;
        var run = await CliProcess.CompleteAsync(kernel);

        Assert.Equal(["ok"], observed["replies"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(["ran"], File.ReadAllLines(marker));
        Assert.Equal("ok", (string?)observed["after"]);
        Assert.Equal(2, run.Error.Split("dropped a message on shell: the signature was seen before").Length - 1);
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

    private string WriteConnectionFile(string key)
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
            ["key"] = key,
            ["signature_scheme"] = "hmac-sha256",
            ["kernel_name"] = "",
        }.ToJsonString());
        return connectionFile;
    }

    public void Dispose() => scratch.Dispose();
}
