using System.CommandLine;
using MedTwin.Data.Snapshots;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Cli.Commands;

/// <summary>Turns the errors a user can act on into one "error: ..." line and exit code 1; anything else is a bug and crashes loudly.</summary>
internal static class CommandErrors
{
    public static int Guard(ParseResult result, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (IsUserError(e))
        {
            result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    public static async Task<int> GuardAsync(ParseResult result, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (IsUserError(e))
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static bool IsUserError(Exception e) => e is SnapshotException or NotebookFormatException or RunParameterException
        or ConnectionFileException or IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException or MedTwin.Twins.Hosting.TwinRecoveryException;
}
