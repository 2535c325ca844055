using System.CommandLine;
using System.Globalization;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Replay;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin twin replay RECORDING --log LOG</c>: a recorded stream through the twins on a virtual clock.</summary>
internal static class TwinReplayCommand
{
    public static Command Create()
    {
        var recording = new Argument<FileInfo>("recording") { Description = "The recorded stream: .csv (patient,code,value,unit,time,device,seq) or .jsonl (one wire observation a line)." };
        var log = TwinCommand.LogOption(mustExist: false);
        var patients = TwinCommand.PatientsOption();
        var alerts = new Option<FileInfo?>("--alerts") { Description = "Write every alert in the log to this JSON-lines file, patient by patient in log order." };
        var actions = new Option<FileInfo?>("--actions") { Description = "Write every control action in the log to this JSON-lines file, patient by patient in log order." };
        var parallelism = new Option<int>("--parallelism") { Description = "Groups of patients replayed at once (the results do not depend on it).", DefaultValueFactory = _ => 1 };
        var command = new Command("replay", "Replay a recorded stream through the patients' twins on a virtual clock, appending to the event log; resumes a log a crash interrupted.")
        {
            recording, log, patients, alerts, actions, parallelism,
        };
        command.SetAction(result => CommandErrors.Guard(result, () =>
        {
            var output = result.InvocationConfiguration.Output;
            using var events = new SqliteEventLog(result.GetValue(log)!.FullName);
            var host = TwinHost.Recover(events, TwinCommand.Ward(result.GetValue(patients)));
            var lines = ObservationRecording.Read(result.GetValue(recording)!.FullName).ToList();
            var summary = TwinReplay.Run(lines, host, new ReplayOptions { Parallelism = result.GetValue(parallelism) });
            Print(output, summary);
            Export(events, TwinEventKind.Alert, result.GetValue(alerts));
            Export(events, TwinEventKind.Action, result.GetValue(actions));
            return 0;
        }));
        return command;
    }

    private static void Print(TextWriter output, ReplaySummary summary)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lines {summary.Lines}, accepted {summary.Accepted} (late {summary.Late}), rejected {summary.Rejected.Sum(r => r.Value)}, alerts {summary.Alerts}, actions {summary.Actions}"));
        foreach (var (reason, count) in summary.Rejected.Where(r => r.Value > 0))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rejected {reason}: {count}"));
        }

        if (summary.Start is { } start && summary.End is { } end)
        {
            output.WriteLine($"virtual clock {start:O} to {end:O}");
        }
    }

    private static void Export(SqliteEventLog events, TwinEventKind kind, FileInfo? file)
    {
        if (file is null)
        {
            return;
        }

        using var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var entry in events.ReadAll().Where(e => e.Kind == kind).OrderBy(e => e.PatientId, StringComparer.Ordinal))
        {
            writer.WriteLine(entry.Payload);
        }
    }
}
