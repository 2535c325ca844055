using System.Globalization;
using System.CommandLine;
using MedTwin.Cli.Commands;

namespace MedTwin.Cli;

/// <summary>The root of the <c>medtwin</c> command.</summary>
public static class MedTwinCommand
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("MedTwin: reproducible digital-twin studies in medical research.");
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersionAction();
        }

        root.Subcommands.Add(DataCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ReproduceCommand.Create());
        root.Subcommands.Add(KernelCommand.Create());
        root.Subcommands.Add(TwinCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs one command line, writing to the given streams; returns the exit code. Numbers on the command
    /// line are read culture-invariantly ("0.5" is a half everywhere), as everything MedTwin writes is.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        // Not the machine's culture but the invariant one: this removes a source of variation rather than adding one.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
