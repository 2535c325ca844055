using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;
using MedTwin.Twins.Replay;
using Microsoft.Data.Sqlite;

namespace MedTwin.Cli.Tests;

public sealed class TwinCommandTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        scratch.Dispose();
    }

    private string Simulate(string name, int patients, double hours)
    {
        var recording = scratch.PathOf(name);
        var run = CliRun.Of("twin", "simulate", "--out", recording, "--patients", $"{patients}", "--hours", $"{hours}", "--data", RepositoryPaths.Data);
        Assert.True(run.ExitCode == 0, run.Error);
        return recording;
    }

    private CliRun Replay(string recording, string log, params string[] more) =>
        CliRun.Of(["twin", "replay", recording, "--log", scratch.PathOf(log), .. more]);

    [Fact]
    public void A_simulated_ward_replays_into_twins_whose_state_and_alerts_the_log_keeps_and_a_second_replay_adds_only_duplicates()
    {
        var recording = Simulate("ward.csv", patients: 6, hours: 8);
        var lines = File.ReadLines(recording).Count() - 1;

        var first = Replay(recording, "ward.twin-log", "--alerts", scratch.PathOf("alerts.jsonl"));
        var state = CliRun.Of("twin", "state", "--log", scratch.PathOf("ward.twin-log"), "--patient", "patient-00001");
        var again = Replay(recording, "ward.twin-log");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.StartsWith($"lines {lines}, accepted {lines} (late 0), rejected 0, alerts ", first.Output, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"news2\"", File.ReadAllText(scratch.PathOf("alerts.jsonl")), StringComparison.Ordinal);
        Assert.Equal(0, state.ExitCode);
        Assert.Contains("patient patient-00001 at 2000-01-01T08:00:00.0000000+00:00", state.Output, StringComparison.Ordinal);
        Assert.Matches("NEWS2 [0-9]+ \\((Low|LowMedium|Medium|High)\\)", state.Output);
        Assert.Contains($"accepted {lines / 6}", state.Output, StringComparison.Ordinal);
        Assert.StartsWith($"lines {lines}, accepted 0 (late 0), rejected {lines}, alerts 0, actions 0", again.Output, StringComparison.Ordinal);
        Assert.Equal(lines, RejectedAsTakenBefore(again.Output));
    }

    [Fact]
    public void A_replay_writes_the_same_alert_bytes_run_twice_and_with_another_parallelism()
    {
        var recording = Simulate("ward.jsonl", patients: 9, hours: 6);

        Replay(recording, "a.twin-log", "--alerts", scratch.PathOf("a.jsonl"));
        Replay(recording, "b.twin-log", "--alerts", scratch.PathOf("b.jsonl"));
        Replay(recording, "c.twin-log", "--alerts", scratch.PathOf("c.jsonl"), "--parallelism", "3");

        var reference = File.ReadAllBytes(scratch.PathOf("a.jsonl"));
        Assert.NotEmpty(reference);
        Assert.Equal(reference, File.ReadAllBytes(scratch.PathOf("b.jsonl")));
        Assert.Equal(reference, File.ReadAllBytes(scratch.PathOf("c.jsonl")));
    }

    [Fact]
    public async Task A_replay_killed_mid_stream_resumes_from_its_log_with_no_observation_lost_or_counted_twice()
    {
        var recording = Simulate("ward.csv", patients: 24, hours: 10);
        var expected = ObservationRecording.Read(recording).Select(l => Key(l.Observation!)).ToList();
        Replay(recording, "reference.twin-log", "--alerts", scratch.PathOf("reference.jsonl"));
        var log = scratch.PathOf("killed.twin-log");

        var process = CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "twin", "replay", recording, "--log", log);
        var logged = 0L;
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            while (logged < expected.Count / 4)
            {
                await Task.Delay(20, deadline.Token);
                logged = File.Exists(log) ? TwinLogFile.Observations(log) : 0;
            }
        }

        process.Kill(); // SIGKILL: no clean-up runs
        await process.WaitForExitAsync();
        var atKill = TwinLogFile.Observations(log);
        var resumed = Replay(recording, "killed.twin-log", "--alerts", scratch.PathOf("resumed.jsonl"));

        Assert.True(atKill < expected.Count, $"the replay finished ({atKill} observations) before it was killed");
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        using var events = new SqliteEventLog(log);
        var accepted = events.ReadAll().Where(e => e.Kind == TwinEventKind.Observation).Select(e => Key(MedTwin.Twins.Messages.ObservationMessage.Read(e.Payload).Observation!)).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), accepted.Order(StringComparer.Ordinal));
        Assert.Equal(atKill, RejectedAsTakenBefore(resumed.Output));
        Assert.Equal(File.ReadAllText(scratch.PathOf("reference.jsonl")), File.ReadAllText(scratch.PathOf("resumed.jsonl")));
    }

    // A reading taken before is a duplicate while its device's recent numbers are remembered, stale after that.
    private static long RejectedAsTakenBefore(string output) =>
        System.Text.RegularExpressions.Regex.Matches(output, "rejected (Duplicate|Stale): ([0-9]+)").Sum(m => long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static string Key(MedTwin.Twins.Observations.Observation o) => $"{o.PatientId}|{o.DeviceId}|{o.Sequence}";

    [Fact]
    public void Bad_input_gets_one_clear_error_naming_what_and_where()
    {
        var badHeader = scratch.PathOf("bad.csv");
        File.WriteAllText(badHeader, "who,what\nx,y\n");
        var unknown = scratch.PathOf("ward.txt");
        File.WriteAllText(unknown, "");
        var headerOnly = scratch.PathOf("header.csv");
        File.WriteAllText(headerOnly, "patient,code,value,unit,time,device,seq\n");

        var missing = Replay(scratch.PathOf("missing.csv"), "x.twin-log");
        var header = Replay(badHeader, "y.twin-log");
        var extension = Replay(unknown, "z.twin-log");
        var noLog = CliRun.Of("twin", "state", "--log", scratch.PathOf("none.twin-log"));
        var patients = CliRun.Of("twin", "simulate", "--out", scratch.PathOf("w.csv"), "--patients", "0");
        var broker = CliRun.Of("twin", "serve", "--log", scratch.PathOf("s.twin-log"), "--broker", "localhost");
        var parallelism = Replay(headerOnly, "p.twin-log", "--parallelism", "0");

        Assert.All([missing, header, extension, noLog, patients, broker, parallelism], run => Assert.Equal(1, run.ExitCode));
        Assert.Contains("missing.csv", missing.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv", header.Error, StringComparison.Ordinal);
        Assert.Contains("patient,code,value,unit,time,device,seq", header.Error, StringComparison.Ordinal);
        Assert.Contains("ward.txt", extension.Error, StringComparison.Ordinal);
        Assert.Contains("none.twin-log' does not exist", noLog.Error, StringComparison.Ordinal);
        Assert.Contains("--patients must be 1 to 100000; found 0", patients.Error, StringComparison.Ordinal);
        Assert.Contains("--broker must be host:port", broker.Error, StringComparison.Ordinal);
        Assert.Equal("error: Parallelism ('0') must be greater than or equal to '1'. Actual value was 0.", parallelism.Error.TrimEnd());
        Assert.All([missing, header, extension, noLog, patients, broker, parallelism], run => Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void A_replay_on_a_log_another_writer_holds_is_refused_in_one_line_without_a_stack_trace(string parallelism)
    {
        var recording = Simulate("ward.csv", patients: 3, hours: 1);
        var time = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var held = new SqliteEventLog(scratch.PathOf("ward.twin-log"));
        TwinHost.Recover(held, _ => new TwinOptions()).Accept(new Observation("bed-7", ObservationCodes.HeartRate, 72, "/min", time, "monitor", 1), time);

        var run = Replay(recording, "ward.twin-log", "--parallelism", parallelism);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: The event log '{scratch.PathOf("ward.twin-log")}' is being written by another process or instance", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }
}
