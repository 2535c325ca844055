using System.CommandLine;
using System.Reflection;
using MedTwin.Data.Snapshots;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Cli.Commands;

/// <summary>
/// Turns the errors a user can act on into one "error: ..." line and exit code 1, also when parallel work or reflection
/// wrapped them; anything else is a bug and crashes loudly.
/// </summary>
internal static class CommandErrors
{
    public static int Guard(ParseResult result, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (UserErrorMessage(e) is { } message)
        {
            result.InvocationConfiguration.Error.WriteLine($"error: {message}");
            return 1;
        }
    }

    public static async Task<int> GuardAsync(ParseResult result, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (UserErrorMessage(e) is { } message)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"error: {message}");
            return 1;
        }
    }

    /// <summary>The one line to print for <paramref name="e"/>, or null when it is not an error the user can act on.</summary>
    private static string? UserErrorMessage(Exception e)
    {
        switch (e)
        {
            case TargetInvocationException { InnerException: { } inner }:
                return UserErrorMessage(inner);
            case AggregateException aggregate:
                // Parallel workers that failed alike (each refused the same log, say) are one error, said once.
                var messages = aggregate.Flatten().InnerExceptions.Select(UserErrorMessage).ToList();
                return messages.Count > 0 && messages.All(m => m is not null) ? string.Join("; ", messages.Distinct(StringComparer.Ordinal)) : null;
            case ArgumentException { ParamName: { } parameter } argument:
                // The parameter is named for a programmer calling the library; a command's user gave an option, not it.
                return OneLine(argument.Message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal));
            default:
                return IsUserError(e) ? OneLine(e.Message) : null;
        }
    }

    // Some messages add lines of their own (ArgumentOutOfRangeException: "Actual value was ...").
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool IsUserError(Exception e) => e is SnapshotException or NotebookFormatException or RunParameterException
        or ConnectionFileException or IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException or MedTwin.Twins.Hosting.TwinRecoveryException;
}
