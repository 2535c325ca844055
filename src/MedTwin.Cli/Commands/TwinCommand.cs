using System.CommandLine;
using MedTwin.Twins.Patient;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin twin replay | state | simulate | serve</c>: patient twins fed by recorded or live observations.</summary>
internal static class TwinCommand
{
    public static Command Create()
    {
        var twin = new Command("twin", "Patient twins: replay a recorded stream, serve live MQTT, simulate patients, show a twin's state.");
        twin.Subcommands.Add(TwinReplayCommand.Create());
        twin.Subcommands.Add(TwinStateCommand.Create());
        twin.Subcommands.Add(TwinSimulateCommand.Create());
        twin.Subcommands.Add(TwinServeCommand.Create());
        return twin;
    }

    public static Option<FileInfo> LogOption(bool mustExist) => new("--log")
    {
        Description = mustExist
            ? "The twins' event log (SQLite)."
            : "The twins' event log (SQLite): created if missing; if it holds events, the twins are recovered from it first.",
        Required = true,
    };

    public static Option<string[]> PatientsOption() => new("--patients")
    {
        Description = "The patients the ward has (comma-separated or repeated); observations of any other are rejected as unknown. Default: every patient gets a twin.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Default twin options for the listed patients (all when none are listed), null for any other.</summary>
    public static Func<string, TwinOptions?> Ward(string[]? patients)
    {
        var listed = (patients ?? []).SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
        return patient => listed.Count == 0 || listed.Contains(patient) ? new TwinOptions() : null;
    }
}
