using MedTwin.Tests.Support;
using MedTwin.Tests.Twins.Hosting;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Mqtt;
using MedTwin.Twins.Patient;
using Microsoft.Data.Sqlite;

namespace MedTwin.Tests.Twins.Mqtt;

/// <summary>Twins served live through Debian's mosquitto: the host, its SQLite log and the MQTT connection together.</summary>
public sealed class MqttTwinServiceTests : IDisposable
{
    private readonly MosquittoBroker broker = MosquittoBroker.Start();
    private readonly TemporaryDataFolder folder = new();

    public void Dispose()
    {
        broker.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static TwinOptions? Ward(string patient) => patient.StartsWith("patient-", StringComparison.Ordinal) ? new TwinOptions() : null;

    // Clock checks would compare the recorded times with the wall clock; these tests are about the messages, so checks wait an hour.
    private MqttTwinService Serve(TwinHost host) =>
        MqttTwinService.Start(host, new MqttTwinConnectionOptions { Port = broker.Port, ClientId = "twins" }, TimeProvider.System, TimeSpan.FromHours(1));

    [Fact]
    public async Task Every_observation_published_through_a_broker_restart_is_logged_exactly_once_and_its_alerts_reach_the_dashboard()
    {
        var observations = WardRecording.Observations(3, 40, seed: 11);
        using var log = new SqliteEventLog(Path.Combine(folder.Root, "live.twin-log"));
        var host = new TwinHost(log, Ward);
        await using (var service = Serve(host))
        {
            await service.Connection!.WaitUntilConnectedAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
            await using var dashboard = await MqttTestClient.ConnectAsync(broker.Port, "dashboard", "medtwin/+/alerts");
            await using var gateway = await MqttTestClient.ConnectAsync(broker.Port, "gateway");

            for (var i = 0; i < observations.Count; i++)
            {
                if (i == observations.Count / 2)
                {
                    broker.Stop();
                    broker.StartAgain();
                }

                await gateway.PublishAsync(MqttTopics.Observations(observations[i].PatientId), TwinJson.Write(observations[i]));
            }

            await dashboard.ReconnectAsync(); // its persistent session kept what was published while the broker was down
            await Eventually.HoldsAsync(() => log.Count(TwinEventKind.Observation) == observations.Count, $"{observations.Count} observations logged", TimeSpan.FromSeconds(30));
            var logged = log.ReadAll().ToList();
            var alerts = logged.Where(e => e.Kind == TwinEventKind.Alert).Select(e => e.Payload).ToHashSet();
            await Eventually.HoldsAsync(() => alerts.IsSubsetOf(dashboard.Received.Select(r => r.Payload)), "every logged alert published", TimeSpan.FromSeconds(10));

            Assert.NotEmpty(alerts);
            Assert.Equal(
                observations.Select(TwinJson.Write).Order(StringComparer.Ordinal),
                logged.Where(e => e.Kind == TwinEventKind.Observation).Select(e => e.Payload).Order(StringComparer.Ordinal));
            Assert.True(service.Connection!.Counters.Reconnects >= 1);
        }
    }
}
