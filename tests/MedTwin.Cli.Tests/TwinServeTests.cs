using System.Collections.Concurrent;
using System.Diagnostics;
using MedTwin.Tests.Twins.Mqtt;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Mqtt;
using MedTwin.Twins.Replay;
using Microsoft.Data.Sqlite;

namespace MedTwin.Cli.Tests;

/// <summary><c>medtwin twin serve</c> as a process of its own, against Debian's mosquitto, killed with SIGKILL mid-stream.</summary>
public sealed class TwinServeTests : IDisposable
{
    private readonly ScratchFolder scratch = new();
    private readonly MosquittoBroker broker = MosquittoBroker.Start();

    public void Dispose()
    {
        broker.Dispose();
        SqliteConnection.ClearAllPools();
        scratch.Dispose();
    }

    [Fact]
    public async Task A_server_killed_mid_stream_and_restarted_has_logged_every_published_observation_exactly_once()
    {
        var recording = scratch.PathOf("ward.csv");
        Assert.Equal(0, CliRun.Of("twin", "simulate", "--out", recording, "--patients", "3", "--hours", "2", "--data", RepositoryPaths.Data).ExitCode);
        var observations = ObservationRecording.Read(recording).Select(l => l.Observation!).ToList();
        var log = scratch.PathOf("live.twin-log");
        await using var gateway = await MqttTestClient.ConnectAsync(broker.Port, "gateway");

        var first = await ServeAsync(log);
        var killedAt = observations.Count / 3;
        foreach (var observation in observations[..killedAt])
        {
            await gateway.PublishAsync(MqttTopics.Observations(observation.PatientId), TwinJson.Write(observation));
        }

        first.Kill(); // SIGKILL, while messages are still arriving
        await first.WaitForExitAsync();
        var atKill = TwinLogFile.Observations(log);
        foreach (var observation in observations[killedAt..])
        {
            await gateway.PublishAsync(MqttTopics.Observations(observation.PatientId), TwinJson.Write(observation));
        }

        using var second = await ServeAsync(log);
        await Eventually.HoldsAsync(() => TwinLogFile.Observations(log) == observations.Count, $"all {observations.Count} observations logged", TimeSpan.FromSeconds(30));
        second.Kill();

        Assert.InRange(atKill, 0, observations.Count - 1);
        using var events = new SqliteEventLog(log);
        Assert.Equal(
            observations.Select(TwinJson.Write).Order(StringComparer.Ordinal),
            events.ReadAll().Where(e => e.Kind == TwinEventKind.Observation).Select(e => e.Payload).Order(StringComparer.Ordinal));
    }

    private async Task<Process> ServeAsync(string log)
    {
        var process = CliProcess.Start(scratch.Root, new Dictionary<string, string?>(), "twin", "serve", "--log", log, "--broker", $"{MosquittoBroker.Host}:{broker.Port}", "--client-id", "ward-twins");
        var lines = new ConcurrentQueue<string>();
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lines.Enqueue(line);
            }
        });
        _ = process.StandardError.ReadToEndAsync();
        await Eventually.HoldsAsync(() => lines.Any(l => l.Contains("subscribed to medtwin/+/obs", StringComparison.Ordinal)), "the server connected and subscribed", TimeSpan.FromSeconds(20));
        return process;
    }
}
