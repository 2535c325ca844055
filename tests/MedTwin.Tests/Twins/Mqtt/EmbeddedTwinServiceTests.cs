using MedTwin.Tests.Support;
using MedTwin.Tests.Twins.Hosting;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Mqtt;
using MedTwin.Twins.Patient;
using Microsoft.Data.Sqlite;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace MedTwin.Tests.Twins.Mqtt;

/// <summary>Twins served inside the embedded broker: a publisher's acknowledgement comes only after the log has the observation.</summary>
public sealed class EmbeddedTwinServiceTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static TwinOptions? Ward(string patient) => patient.StartsWith("patient-", StringComparison.Ordinal) ? new TwinOptions() : null;

    [Fact]
    public async Task Each_acknowledged_observation_is_already_logged_once_and_its_alerts_reach_a_subscriber()
    {
        var observations = WardRecording.Observations(2, 30, seed: 5);
        using var log = new SqliteEventLog(Path.Combine(folder.Root, "embedded.twin-log"));
        var host = new TwinHost(log, Ward);
        // Clock checks would compare the recorded times with the wall clock; this test is about the messages.
        await using var service = await MqttTwinService.StartEmbeddedAsync(host, 0, TimeProvider.System, TimeSpan.FromHours(1));
        await using var dashboard = await MqttTestClient.ConnectAsync(service.Broker!.Port, "dashboard", "medtwin/+/alerts");
        await using var gateway = await MqttTestClient.ConnectAsync(service.Broker.Port, "gateway");

        for (var i = 0; i < observations.Count; i++)
        {
            await gateway.PublishAsync(MqttTopics.Observations(observations[i].PatientId), TwinJson.Write(observations[i]));
            Assert.Equal(i + 1, log.Count(TwinEventKind.Observation));
        }

        var alerts = log.ReadAll().Where(e => e.Kind == TwinEventKind.Alert).Select(e => e.Payload).ToHashSet();
        await Eventually.HoldsAsync(() => alerts.IsSubsetOf(dashboard.Received.Select(r => r.Payload)), "every logged alert published", TimeSpan.FromSeconds(10));
        Assert.NotEmpty(alerts);
        Assert.Equal(0, log.Count(TwinEventKind.Rejection));
        Assert.Equal((observations.Count, 0L), (service.Broker.Counters.Received, service.Broker.Counters.HandlerFailures));
    }

    [Fact]
    public async Task A_failed_append_leaves_the_publisher_unacknowledged_and_completes_Failed()
    {
        var observations = WardRecording.Observations(1, 5, seed: 3);
        using var log = new FailingEventLog();
        var host = new TwinHost(log, Ward);
        await using var service = await MqttTwinService.StartEmbeddedAsync(host, 0, TimeProvider.System, TimeSpan.FromHours(1));
        using var publisher = new MqttClientFactory().CreateMqttClient();
        await publisher.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(EmbeddedMqttBroker.Host, service.Broker!.Port).WithProtocolVersion(MqttProtocolVersion.V500).Build());
        Task<MqttClientPublishResult> Publish(int index) => publisher.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(MqttTopics.Observations(observations[index].PatientId))
            .WithPayload(TwinJson.Write(observations[index]))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

        Assert.True((await Publish(0)).IsSuccess);
        log.Failing = true;

        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => Publish(1));
        var failure = await service.Failed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Contains("No space left on device", failure.Message, StringComparison.Ordinal);
        Assert.Single(log.ReadAll(), e => e.Kind == TwinEventKind.Observation);
    }

    [Fact]
    public async Task A_failed_append_in_the_dropout_check_completes_Failed_instead_of_ending_the_check_silently()
    {
        using var log = new FailingEventLog();
        var host = new TwinHost(log, Ward);
        // Recorded in 2026-12-02, so the first check against the wall clock finds every stream silent since.
        host.Accept(WardRecording.Observations(1, 5, seed: 4), WardRecording.Start);
        log.Failing = true;

        await using var service = await MqttTwinService.StartEmbeddedAsync(host, 0, TimeProvider.System, TimeSpan.FromMilliseconds(50));

        var failure = await service.Failed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.IsType<IOException>(failure);
    }
}
