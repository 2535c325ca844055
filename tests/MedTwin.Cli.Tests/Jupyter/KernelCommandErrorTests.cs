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

    public void Dispose() => scratch.Dispose();
}
