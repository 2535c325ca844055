using System.CommandLine;
using System.CommandLine.Invocation;
using MedTwin.Reproducibility;

namespace MedTwin.Cli.Commands;

/// <summary>Prints the library's version and the commit it was built from (the default prints the host's).</summary>
internal sealed class PrintVersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine($"medtwin {LibraryInfo.InformationalVersion}");
        return 0;
    }
}
