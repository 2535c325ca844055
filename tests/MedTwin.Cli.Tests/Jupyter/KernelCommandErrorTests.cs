namespace MedTwin.Cli.Tests.Jupyter;

public sealed class KernelCommandErrorTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    [Fact]
    public void The_kernel_without_a_connection_file_says_how_front_ends_start_it()
    {
        var run = CliRun.Of("kernel");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("medtwin kernel needs --connection-file FILE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_connection_file_is_named_in_the_error()
    {
        var path = scratch.PathOf("absent.json");

        var run = CliRun.Of("kernel", "--connection-file", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: Connection file '{path}': cannot be read:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_file_without_a_key_is_refused_naming_the_file_and_the_field()
    {
        var path = scratch.PathOf("kernel.json");
        File.WriteAllText(path, """
            {"transport": "tcp", "ip": "127.0.0.1", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5,
             "signature_scheme": "hmac-sha256"}
            """);

        var run = CliRun.Of("kernel", "--connection-file", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: Connection file '{path}': 'key' is missing.", run.Error.Trim());
    }

    [Fact]
    public void A_port_already_in_use_is_named_with_its_channel()
    {
        var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var shellPort = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port;
            var ports = LocalProcesses.FreePorts(4);
            var path = scratch.PathOf("kernel.json");
            File.WriteAllText(path, $$"""
                {"transport": "tcp", "ip": "127.0.0.1", "shell_port": {{shellPort}}, "iopub_port": {{ports[0]}}, "stdin_port": {{ports[1]}},
                 "control_port": {{ports[2]}}, "hb_port": {{ports[3]}}, "key": "k", "signature_scheme": "hmac-sha256"}
                """);

            var run = CliRun.Of("kernel", "--connection-file", path);

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith($"error: Cannot listen for the shell channel on tcp://127.0.0.1:{shellPort} (from the connection file):", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            busy.Stop();
        }
    }

    public void Dispose() => scratch.Dispose();
}
