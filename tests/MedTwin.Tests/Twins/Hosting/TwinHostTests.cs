using System.Text.Json;
using MedTwin.Tests.Support;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;
using MedTwin.Twins.Replay;
using Microsoft.Data.Sqlite;

namespace MedTwin.Tests.Twins.Hosting;

public sealed class TwinHostTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new();

    private string LogPath => Path.Combine(folder.Root, "ward.twin-log");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static TwinOptions? Ward(string patient) => patient.StartsWith("patient-", StringComparison.Ordinal) ? new TwinOptions() : null;

    private static string Snapshot(TwinHost host) =>
        string.Join("\n", host.Patients.Select(p => JsonSerializer.Serialize(host.State(p)))) + "\n" + JsonSerializer.Serialize(host.Unrouted);

    [Fact]
    public void Each_input_is_in_the_log_with_its_alerts_before_the_call_returns()
    {
        using var log = new SqliteEventLog(LogPath);
        var host = new TwinHost(log, Ward);
        var raised = WardRecording.Observations(3, 30, seed: 1).Select(o => host.Accept(o, o.Time)).First(u => u.Alerts.Count > 0);

        using var reader = new SqliteEventLog(LogPath);
        var logged = reader.ReadAll().ToList();
        var tail = logged.TakeLast(1 + raised.Alerts.Count).ToList();

        Assert.Equal(TwinEventKind.Observation, tail[0].Kind);
        Assert.Equal(TwinJson.Write(raised.Accepted!), tail[0].Payload);
        Assert.Equal(raised.Alerts.Select(TwinJson.Write), tail.Skip(1).Select(e => e.Payload));
    }

    [Fact]
    public void The_alerts_logged_for_an_observation_can_be_found_again_to_answer_a_redelivery()
    {
        using var log = new SqliteEventLog(LogPath);
        var host = new TwinHost(log, Ward);
        var updates = WardRecording.Observations(3, 40, seed: 8).Select(o => host.Accept(o, o.Time)).ToList();
        var raising = updates.First(u => u.Alerts.Count > 0);
        var quiet = updates.First(u => u.Alerts.Count == 0);

        Assert.Equal(raising.Alerts.Select(TwinJson.Write), host.LoggedOutputsOf(raising.Accepted!).Select(e => e.Payload));
        Assert.Empty(host.LoggedOutputsOf(quiet.Accepted!));
        Assert.Empty(host.LoggedOutputsOf(quiet.Accepted! with { Sequence = 1_000_000 }));
    }

    [Fact]
    public void A_host_recovered_from_the_log_has_the_same_twins_counts_and_alerts_and_goes_on_identically()
    {
        var observations = WardRecording.Observations(6, 90, seed: 2);
        var (first, rest) = (observations[..(observations.Count / 2)], observations[(observations.Count / 2)..]);
        string uninterrupted;
        using (var log = new SqliteEventLog(Path.Combine(folder.Root, "reference.twin-log")))
        {
            var host = new TwinHost(log, Ward);
            Feed(host, observations);
            uninterrupted = Snapshot(host);
        }

        using (var log = new SqliteEventLog(LogPath))
        {
            Feed(new TwinHost(log, Ward), first);
        }

        using (var log = new SqliteEventLog(LogPath))
        {
            var recovered = TwinHost.Recover(log, Ward);
            Feed(recovered, rest, withBadMessages: false);
            Assert.Equal(uninterrupted, Snapshot(recovered));
        }

        using var again = new SqliteEventLog(LogPath);
        Assert.Equal(uninterrupted, Snapshot(TwinHost.Recover(again, Ward)));
    }

    private static void Feed(TwinHost host, IEnumerable<Observation> observations, bool withBadMessages = true)
    {
        foreach (var observation in observations)
        {
            host.Accept(observation, observation.Time);
            if (observation.Time.Second == 0 && observation.Code == ObservationCodes.Glucose)
            {
                host.Tick(observation.Time);
            }
        }

        if (withBadMessages)
        {
            host.AcceptMessage("{not json", WardRecording.Start);
            host.Accept(new Observation("stranger", ObservationCodes.HeartRate, 70, "/min", WardRecording.Start, "m", 1), WardRecording.Start);
        }
    }

    [Fact]
    public void Malformed_messages_and_unknown_patients_are_logged_counted_and_never_thrown()
    {
        using var log = new SqliteEventLog(LogPath);
        var host = new TwinHost(log, Ward);
        string[] messages =
        [
            "", "null", "[]", "\"text\"", "{}", new string('{', 10_000), "{\"patient\":\"patient-1\"}",
            """{"patient":"patient-1","code":"8867-4","value":"fast","unit":"/min","time":"2026-12-02T08:00:00Z","device":"m","seq":1}""",
            """{"patient":"patient-1","code":"8867-4","value":70,"unit":"/min","time":"yesterday","device":"m","seq":1}""",
            """{"patient":"patient-1","code":"8867-4","value":70,"unit":"/min","time":"2026-12-02T08:00:00Z","device":"m","seq":-1}""",
            """{"patient":"patient-1","code":"8867-4","value":70,"unit":"/min","time":"2026-12-02T08:00:00Z","device":"m","seq":1,"extra":true}""",
            """{"patient":"nobody","code":"8867-4","value":70,"unit":"/min","time":"2026-12-02T08:00:00Z","device":"m","seq":1}""",
            """{"patient":"patient-1","code":"8867-4","value":"NaN","unit":"/min","time":"2026-12-02T08:00:00Z","device":"m","seq":1}""",
        ];

        var updates = messages.Select(m => host.AcceptMessage(m, WardRecording.Start)).ToList();

        Assert.All(updates, u => Assert.NotNull(u.Rejection));
        Assert.Equal(11, host.Unrouted.Single(r => r.Key == RejectionReason.Malformed).Value);
        Assert.Equal(1, host.Unrouted.Single(r => r.Key == RejectionReason.UnknownPatient).Value);
        Assert.Equal(1, host.State("patient-1")!.Counters.Rejected.Single(r => r.Key == RejectionReason.NotFinite).Value);
        Assert.Contains("field 'value' must be a number", updates[7].Rejection!.Detail, StringComparison.Ordinal);
        Assert.Contains("unknown field 'extra'", updates[10].Rejection!.Detail, StringComparison.Ordinal);
        Assert.Equal(messages.Length, log.Count(TwinEventKind.Rejection));
        Assert.Equal(Snapshot(host), Snapshot(TwinHost.Recover(log, Ward)));
    }

    [Fact]
    public void A_log_whose_outputs_replay_differently_is_refused_naming_the_event()
    {
        using (var log = new SqliteEventLog(LogPath))
        {
            Feed(new TwinHost(log, Ward), WardRecording.Observations(3, 60, seed: 3));
        }

        using (var connection = new SqliteConnection($"Data Source={LogPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE events SET payload = replace(payload, '\"Raised\"', '\"Escalated\"') WHERE kind = 'Alert'";
            Assert.True(command.ExecuteNonQuery() > 0);
        }

        using var tampered = new SqliteEventLog(LogPath);
        var error = Assert.Throws<TwinRecoveryException>(() => TwinHost.Recover(tampered, Ward));
        Assert.Matches("^Event [0-9]+ \\(Alert of 'patient-[0-9]+' at .*\\) is not what replaying the log gives", error.Message);
    }

    [Fact]
    public void A_log_written_with_other_twin_options_is_refused_rather_than_silently_giving_other_alerts()
    {
        using var log = new SqliteEventLog(LogPath);
        Feed(new TwinHost(log, Ward), WardRecording.Observations(3, 60, seed: 4));

        Assert.Throws<TwinRecoveryException>(() => TwinHost.Recover(log, p => Ward(p) is null ? null : new TwinOptions { Settling = new AlertSettling(1, TimeSpan.Zero) }));
    }

    [Fact]
    public void After_a_failed_append_the_host_refuses_input_until_recovered()
    {
        var log = new SqliteEventLog(LogPath);
        var host = new TwinHost(log, Ward);
        var observations = WardRecording.Observations(1, 2, seed: 5);
        host.Accept(observations[0], observations[0].Time);
        log.Dispose();

        Assert.Throws<ObjectDisposedException>(() => host.Accept(observations[1], observations[1].Time));
        var refused = Assert.Throws<InvalidOperationException>(() => host.Accept(observations[2], observations[2].Time));
        Assert.Contains("recover the twins from the log", refused.Message, StringComparison.Ordinal);

        using var reopened = new SqliteEventLog(LogPath);
        var recovered = TwinHost.Recover(reopened, Ward);
        Assert.Equal(1, recovered.State("patient-00000")!.Counters.Accepted);
    }

    [Fact]
    public void A_replay_gives_the_same_log_per_patient_and_the_same_twins_whatever_the_parallelism()
    {
        var lines = WardRecording.Lines(WardRecording.Observations(12, 45, seed: 6));

        (string Twins, string Events) Replay(int parallelism)
        {
            using var log = new SqliteEventLog(Path.Combine(folder.Root, $"replay-{parallelism}.twin-log"));
            var host = new TwinHost(log, Ward);
            TwinReplay.Run(lines, host, new ReplayOptions { Parallelism = parallelism, BatchSize = 7 });
            var events = log.ReadAll().OrderBy(e => e.PatientId, StringComparer.Ordinal).Select(e => $"{e.Kind} {e.Payload}");
            return (Snapshot(host), string.Join("\n", events));
        }

        var single = Replay(1);
        var parallel = Replay(4);

        Assert.Equal(single.Twins, parallel.Twins);
        Assert.Equal(single.Events, parallel.Events);
        Assert.Contains("dropout", single.Events, StringComparison.Ordinal);
        Assert.Contains("\"news2\"", single.Events, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replay_keeps_late_observations_and_counts_duplicates_and_unreadable_lines()
    {
        var observations = WardRecording.Observations(2, 20, seed: 7);
        var early = observations[10];
        var lines = WardRecording.Lines([.. observations, early, early with { Sequence = 100_000, Time = early.Time }]);
        lines.Add(new RecordedLine(lines.Count + 1, null, new ObservationRejection(RejectionReason.Malformed, $"line {lines.Count + 1}: not an observation")));
        using var log = new SqliteEventLog(LogPath);

        var summary = TwinReplay.Run(lines, new TwinHost(log, Ward));

        Assert.Equal((lines.Count, observations.Count + 1, 1L), (summary.Lines, summary.Accepted, summary.Late));
        Assert.Equal(1, summary.Rejected.Single(r => r.Key == RejectionReason.Duplicate).Value);
        Assert.Equal(1, summary.Rejected.Single(r => r.Key == RejectionReason.Malformed).Value);
        Assert.Equal((WardRecording.Start, observations[^1].Time), (summary.Start!.Value, summary.End!.Value));
    }
}
