using System.CommandLine;
using System.Globalization;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Patient;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin twin state --log LOG [--patient P]</c>: the twins as the log rebuilds them.</summary>
internal static class TwinStateCommand
{
    public static Command Create()
    {
        var log = TwinCommand.LogOption(mustExist: true);
        var patient = new Option<string?>("--patient") { Description = "Show only this patient's twin." };
        var patients = TwinCommand.PatientsOption();
        var command = new Command("state", "Rebuild the twins from the event log and print each one's state: vitals with trends, NEWS2, active alerts, counts.") { log, patient, patients };
        command.SetAction(result => CommandErrors.Guard(result, () =>
        {
            var file = result.GetValue(log)!;
            if (!file.Exists)
            {
                throw new FileNotFoundException($"The event log '{file.FullName}' does not exist.", file.FullName);
            }

            using var events = new SqliteEventLog(file.FullName);
            var host = TwinHost.Recover(events, TwinCommand.Ward(result.GetValue(patients)));
            var only = result.GetValue(patient);
            var shown = only is null ? host.Patients : [only];
            var output = result.InvocationConfiguration.Output;
            foreach (var id in shown)
            {
                var state = host.State(id) ?? throw new ArgumentException($"The log has no twin for patient '{id}'; it has {string.Join(", ", host.Patients)}.");
                Write(output, state);
            }

            var unrouted = host.Unrouted.Where(r => r.Value > 0).ToList();
            if (unrouted.Count > 0)
            {
                output.WriteLine("not routed to a twin: " + string.Join(", ", unrouted.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value}"))));
            }

            return 0;
        }));
        return command;
    }

    private static void Write(TextWriter output, TwinState state)
    {
        output.WriteLine($"patient {state.PatientId} at {(state.Time is { } time ? time.ToString("O", CultureInfo.InvariantCulture) : "-")}");
        output.WriteLine(state.News2 is { } news2
            ? string.Create(CultureInfo.InvariantCulture, $"  NEWS2 {news2.Total} ({news2.Risk}) at {state.News2Time:O}: {news2.Response.Monitoring}")
            : "  NEWS2 not yet scored (a parameter has no current reading)");
        var rows = state.Vitals.Select(v => new[]
        {
            v.Code, v.Name, Number(v.Value), v.Unit, v.Time?.ToString("O", CultureInfo.InvariantCulture) ?? "-", Number(v.TrendPerHour), v.Readings.ToString(CultureInfo.InvariantCulture), v.Fault ?? "",
        }).ToList();
        TextTable.Write(output, ["code", "name", "value", "unit", "time", "trend/h", "readings", "fault"], rows);
        foreach (var alert in state.ActiveAlerts)
        {
            output.WriteLine($"  alert {alert.Source} {alert.Severity} since {alert.Time:O}: {alert.Reason}");
        }

        var counters = state.Counters;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  accepted {counters.Accepted} (late {counters.Late}), rejected {counters.RejectedTotal}{string.Concat(counters.Rejected.Where(r => r.Value > 0).Select(r => $" [{r.Key} {r.Value}]"))}, alerts {counters.Alerts}, actions {counters.Actions}"));
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";
}
