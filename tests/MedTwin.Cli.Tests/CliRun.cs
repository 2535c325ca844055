namespace MedTwin.Cli.Tests;

/// <summary>Runs the <c>medtwin</c> command in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = MedTwinCommand.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
