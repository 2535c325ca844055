using MedTwin.Tests.Twins.Mqtt;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Replay;
using Microsoft.Data.Sqlite;

namespace MedTwin.Cli.Tests;

/// <summary>
/// <c>medtwin twin serve</c> with its embedded broker, as a process of its own: an acknowledged observation is in the log
/// whatever kills the process, a failed append ends it, a second writer is refused, SIGTERM ends it cleanly.
/// </summary>
public sealed class EmbeddedTwinServeTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        scratch.Dispose();
    }

    [Fact]
    public async Task A_server_killed_mid_stream_and_restarted_has_logged_every_acknowledged_observation_exactly_once()
    {
        var observations = Ward(patients: 6, hours: 3);
        var log = scratch.PathOf("live.twin-log");

        using (var first = await EmbeddedServe.StartAsync(scratch.Root, log))
        {
            using var gateway = await ObservationPublisher.ConnectAsync(first.Port);
            var publishing = gateway.PublishAsync(observations, inFlight: 16);
            await Eventually.HoldsAsync(() => gateway.Acknowledged.Count >= observations.Count / 2, "half the observations acknowledged", TimeSpan.FromSeconds(60));
            first.Process.Kill(); // SIGKILL, with observations in flight
            await publishing;
            await first.Process.WaitForExitAsync();
            Assert.InRange(gateway.Acknowledged.Count, observations.Count / 2, observations.Count - 1);

            using var second = await EmbeddedServe.StartAsync(scratch.Root, log); // recovers from the log before it listens
            second.Terminate();
            Assert.Equal(0, await second.ExitCodeAsync());

            AssertLoggedOnce(log, gateway.Acknowledged);
        }
    }

    [Fact]
    public async Task A_failed_append_ends_serve_with_one_line_and_a_non_zero_exit_and_a_restart_recovers()
    {
        var observations = Ward(patients: 2, hours: 2);
        var log = scratch.PathOf("full.twin-log");

        using var full = await EmbeddedServe.StartAsync(scratch.Root, log, fileSizeLimitKiB: 256);
        using var gateway = await ObservationPublisher.ConnectAsync(full.Port);
        await gateway.PublishAsync(observations, inFlight: 1);

        Assert.Equal(1, await full.ExitCodeAsync());
        var error = (await full.ErrorAsync()).TrimEnd('\n');
        Assert.Single(error.Split('\n'));
        Assert.StartsWith("error: the twins stopped taking observations because the event log failed (", error, StringComparison.Ordinal);
        Assert.InRange(gateway.Acknowledged.Count, 1, observations.Count - 1);
        AssertLoggedOnce(log, gateway.Acknowledged);

        using var restarted = await EmbeddedServe.StartAsync(scratch.Root, log); // recovers from the log before it listens
        restarted.Terminate();
        Assert.Equal(0, await restarted.ExitCodeAsync());
    }

    [Fact]
    public async Task A_second_serve_on_a_log_in_use_is_refused_at_start_with_one_line()
    {
        var log = scratch.PathOf("shared.twin-log");
        using var first = await EmbeddedServe.StartAsync(scratch.Root, log);

        var second = await CliProcess.CompleteAsync(CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "twin", "serve", "--log", log, "--port", "0"));

        Assert.Equal(1, second.ExitCode);
        Assert.Equal("", second.Output);
        var error = second.Error.TrimEnd('\n');
        Assert.Single(error.Split('\n'));
        Assert.Contains("is being written by another process", error, StringComparison.Ordinal);
        first.Terminate();
        Assert.Equal(0, await first.ExitCodeAsync());
    }

    [Fact]
    public async Task SIGTERM_ends_serve_cleanly_with_what_it_did()
    {
        var observations = Ward(patients: 1, hours: 1);
        using var serve = await EmbeddedServe.StartAsync(scratch.Root, scratch.PathOf("stopped.twin-log"));
        using (var gateway = await ObservationPublisher.ConnectAsync(serve.Port))
        {
            await gateway.PublishAsync(observations, inFlight: 4);
            Assert.Equal(observations.Count, gateway.Acknowledged.Count);
        }

        serve.Terminate();

        Assert.Equal(0, await serve.ExitCodeAsync());
        Assert.Equal("", await serve.ErrorAsync());
        Assert.Contains($"stopping: received {observations.Count}, acknowledged {observations.Count}, published ", serve.Output[^1], StringComparison.Ordinal);
    }

    private List<Observation> Ward(int patients, int hours)
    {
        var recording = scratch.PathOf($"ward-{patients}-{hours}.csv");
        Assert.Equal(0, CliRun.Of("twin", "simulate", "--out", recording, "--patients", $"{patients}", "--hours", $"{hours}", "--data", RepositoryPaths.Data).ExitCode);
        return [.. ObservationRecording.Read(recording).Select(l => l.Observation!)];
    }

    private static void AssertLoggedOnce(string log, IEnumerable<string> acknowledged)
    {
        using var events = new SqliteEventLog(log);
        var logged = events.ReadAll().Where(e => e.Kind == TwinEventKind.Observation).GroupBy(e => e.Payload).ToDictionary(g => g.Key, g => g.Count());
        var missing = acknowledged.Where(payload => logged.GetValueOrDefault(payload) != 1).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged observations are not in the log exactly once, e.g. {missing.FirstOrDefault()}");
    }
}
