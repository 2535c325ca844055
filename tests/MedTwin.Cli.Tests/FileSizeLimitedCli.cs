namespace MedTwin.Cli.Tests;

/// <summary>
/// Runs <c>medtwin</c> in a process whose files cannot grow past a size limit: a write past it fails midway with
/// "File too large", as a full disk fails one, without needing a small file system or root.
/// </summary>
internal static class FileSizeLimitedCli
{
    /// <summary>Runs <c>medtwin ARGS</c> with files limited to <paramref name="kilobytes"/> KiB.</summary>
    public static Task<CliRun> RunAsync(string workingDirectory, int kilobytes, params string[] args)
    {
        // Ignoring SIGXFSZ (inherited across exec) turns "killed at the limit" into a write that fails with EFBIG.
        var script = $"trap '' XFSZ; ulimit -f {kilobytes}; exec \"$@\"";
        var process = CliProcess.StartProgram(
            "bash",
            workingDirectory,
            // The runtime's write-xor-execute mode maps code through a file, which the limit would stop the runtime creating.
            [new("DOTNET_EnableWriteXorExecute", "0")],
            ["-c", script, "bash", CliProcess.DotnetHost(), CliProcess.Assembly, .. args]);
        return CliProcess.CompleteAsync(process);
    }
}
