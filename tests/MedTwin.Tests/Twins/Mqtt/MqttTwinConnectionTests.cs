using System.Collections.Concurrent;
using MedTwin.Twins.Mqtt;

namespace MedTwin.Tests.Twins.Mqtt;

/// <summary>The twin's MQTT connection against Debian's mosquitto, as a user would run it.</summary>
public sealed class MqttTwinConnectionTests : IDisposable
{
    private const string TwinId = "twin-under-test";

    private readonly MosquittoBroker _broker = MosquittoBroker.Start();
    private readonly ConcurrentQueue<string> _log = new();

    public void Dispose() => _broker.Dispose();

    private MqttTwinConnection Connect(ObservationRecorder recorder, int? port = null) => new(
        new MqttTwinConnectionOptions
        {
            Port = port ?? _broker.Port,
            ClientId = TwinId,
            Timeout = TimeSpan.FromSeconds(2),
            FirstReconnectDelay = TimeSpan.FromMilliseconds(50),
            MaximumReconnectDelay = TimeSpan.FromMilliseconds(400),
        },
        recorder.HandleAsync,
        _log.Enqueue);

    private async Task<MqttTwinConnection> StartAsync(ObservationRecorder recorder)
    {
        var connection = Connect(recorder);
        connection.Start();
        await connection.WaitUntilConnectedAsync(CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        return connection;
    }

    private static async Task PublishAsync(MqttTestClient publisher, IEnumerable<long> sequences, string patient = "P-001")
    {
        foreach (var sequence in sequences)
        {
            await publisher.PublishAsync(MqttTopics.Observations(patient), ObservationRecorder.Observation(patient, sequence));
        }
    }

    [Fact]
    public async Task Observations_published_at_QoS_1_reach_the_handler_once_each_and_their_alerts_reach_a_subscriber_on_the_patients_topic()
    {
        var recorder = new ObservationRecorder();
        await using var connection = await StartAsync(recorder);
        await using var dashboard = await MqttTestClient.ConnectAsync(_broker.Port, "dashboard", "medtwin/+/alerts");
        await using var gateway = await MqttTestClient.ConnectAsync(_broker.Port, "gateway");

        await PublishAsync(gateway, ObservationRecorder.Sequences(1, 25), "P-001");
        await PublishAsync(gateway, ObservationRecorder.Sequences(26, 50), "P-002");

        await Eventually.HoldsAsync(() => recorder.Taken.Count == 50 && dashboard.Received.Count == 50, "50 observations taken and 50 alerts received");
        Assert.Equal(25, dashboard.Received.Count(alert => alert.Topic == "medtwin/P-001/alerts"));
        Assert.Equal(25, dashboard.Received.Count(alert => alert.Topic == "medtwin/P-002/alerts"));
        Assert.Equal(ObservationRecorder.Sequences(1, 50).Select(sequence => $$"""{"seq":{{sequence}}}""").ToHashSet(), dashboard.Received.Select(alert => alert.Payload).ToHashSet());
        await Eventually.HoldsAsync(() => connection.Counters.Acknowledged == 50, "every message acknowledged");
        var counters = connection.Counters;
        Assert.Equal(new MqttTwinConnectionCounters(50, 0, 0, 50, 0, 50, 0, 1, 0, 0), counters);
    }

    [Fact]
    public async Task After_a_broker_restart_the_connection_resumes_and_every_observation_the_broker_acknowledged_reaches_the_handler()
    {
        var recorder = new ObservationRecorder();
        await using var connection = await StartAsync(recorder);
        await using var gateway = await MqttTestClient.ConnectAsync(_broker.Port, "gateway");
        await PublishAsync(gateway, ObservationRecorder.Sequences(1, 10));
        await Eventually.HoldsAsync(() => recorder.HasTaken(ObservationRecorder.Sequences(1, 10)), "the first ten observations");

        _broker.Stop();
        await Eventually.HoldsAsync(() => !connection.IsConnected, "the connection to notice the broker left");
        _broker.StartAgain();
        await PublishAsync(gateway, ObservationRecorder.Sequences(11, 20));

        await Eventually.HoldsAsync(() => recorder.HasTaken(ObservationRecorder.Sequences(1, 20)), "all twenty observations after the restart");
        Assert.True(connection.IsConnected);
        Assert.Equal(1, connection.Counters.Reconnects);
        Assert.Contains(_log, line => line.Contains("connection lost", StringComparison.Ordinal));
        Assert.Contains(_log, line => line.Contains("reconnected as 'twin-under-test' (session resumed)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Observations_queued_for_an_absent_twin_survive_a_broker_restart_and_arrive_when_the_twin_returns()
    {
        var recorder = new ObservationRecorder();
        await (await StartAsync(new ObservationRecorder())).DisposeAsync();
        await using var gateway = await MqttTestClient.ConnectAsync(_broker.Port, "gateway");
        await PublishAsync(gateway, ObservationRecorder.Sequences(1, 10));

        _broker.Stop();
        _broker.StartAgain();
        await PublishAsync(gateway, ObservationRecorder.Sequences(11, 15));
        await using var returned = await StartAsync(recorder);

        await Eventually.HoldsAsync(() => recorder.HasTaken(ObservationRecorder.Sequences(1, 15)), "the fifteen observations queued while the twin was away");
        Assert.Equal(15, recorder.Taken.Count);
    }

    [Fact]
    public async Task An_observation_the_handler_fails_on_is_not_acknowledged_and_comes_again_when_the_session_resumes()
    {
        var recorder = new ObservationRecorder { FailOnce = new HashSet<long> { 3 } };
        await using var gateway = await MqttTestClient.ConnectAsync(_broker.Port, "gateway");
        await using (var connection = await StartAsync(recorder))
        {
            await PublishAsync(gateway, ObservationRecorder.Sequences(1, 5));
            await Eventually.HoldsAsync(() => connection.Counters.Acknowledged == 4 && connection.Counters.HandlerFailures == 1, "four acknowledged and one failed");
            Assert.False(recorder.Taken.ContainsKey(("monitor-1", 3)));
            Assert.Contains(_log, line => line.Contains("the handler failed on a message on 'medtwin/P-001/obs' (the event log could not be written for sequence 3)", StringComparison.Ordinal));
        }

        await using var restarted = await StartAsync(recorder);

        await Eventually.HoldsAsync(() => recorder.HasTaken(ObservationRecorder.Sequences(1, 5)), "the failed observation delivered again");
        Assert.True(recorder.Deliveries.Last().IsRedelivery);
        Assert.Equal(5, recorder.Taken.Count);
    }

    [Fact]
    public async Task Malformed_binary_huge_and_misaddressed_messages_reach_the_handler_as_rejections_and_are_acknowledged()
    {
        var recorder = new ObservationRecorder();
        await using var connection = await StartAsync(recorder);
        await using var gateway = await MqttTestClient.ConnectAsync(_broker.Port, "gateway");

        await gateway.PublishAsync("medtwin/P-001/obs", "not JSON at all");
        await gateway.PublishAsync("medtwin/P-001/obs", [0xFF, 0xFE, 0x00, 0xC3]);
        await gateway.PublishAsync("medtwin/P-001/obs", new byte[1_000_000]);
        await gateway.PublishAsync("medtwin/P-001/obs", []);
        await gateway.PublishAsync("medtwin//obs", ObservationRecorder.Observation("P-001", 90));
        await gateway.PublishAsync($"medtwin/{new string('p', 200)}/obs", ObservationRecorder.Observation("P-001", 91));
        await gateway.PublishAsync("medtwin/P-002/obs", ObservationRecorder.Observation("P-001", 92));
        await gateway.PublishAsync("medtwin/P-001/obs", """{"patient":"P-001","code":"8867-4","value":[1],"unit":"/min","time":"x","device":"d","seq":1}""");
        await PublishAsync(gateway, [1]);

        await Eventually.HoldsAsync(() => recorder.Taken.Count == 1 && connection.Counters.Acknowledged == 9, "the valid observation taken and all nine acknowledged");
        var details = recorder.Rejections.Select(rejection => rejection.Detail).ToList();
        Assert.Equal(8, details.Count);
        Assert.StartsWith("not JSON", details[0], StringComparison.Ordinal);
        Assert.Equal("the payload is not UTF-8 text (invalid byte at 0)", details[1]);
        Assert.Equal($"the payload is 1000000 bytes; an observation message is at most {ReceivedObservationMessage.DefaultMaximumPayloadBytes}", details[2]);
        Assert.StartsWith("not JSON", details[3], StringComparison.Ordinal);
        Assert.Equal("topic 'medtwin//obs': the patient id is empty", details[4]);
        Assert.EndsWith("the patient id is 200 characters long; at most 128", details[5], StringComparison.Ordinal);
        Assert.Equal("the message is for patient 'P-001' but arrived on 'medtwin/P-002/obs'", details[6]);
        Assert.Equal("field 'time' must be an ISO 8601 time with an offset (2026-12-02T08:00:00Z); found 'x'", details[7]);
        Assert.Equal(4, connection.Counters.Unreadable);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task Alerts_with_a_patient_that_cannot_be_a_topic_are_not_published_and_leave_the_observation_unacknowledged()
    {
        var recorder = new ObservationRecorder
        {
            Answer = observation =>
            [
                new OutboundMessage(OutboundMessageKind.Alert, observation.PatientId, "{}"),
                new OutboundMessage(OutboundMessageKind.Action, "ward/7", "{}"),
            ],
        };
        await using var connection = await StartAsync(recorder);
        await using var dashboard = await MqttTestClient.ConnectAsync(_broker.Port, "dashboard", "medtwin/#");
        await using var gateway = await MqttTestClient.ConnectAsync(_broker.Port, "gateway");

        await PublishAsync(gateway, [1]);

        await Eventually.HoldsAsync(() => connection.Counters.PublishFailures == 1, "the publish failure counted");
        Assert.Equal(0, connection.Counters.Acknowledged);
        Assert.Equal(0, connection.Counters.Published);
        Assert.DoesNotContain(dashboard.Received, message => message.Topic.EndsWith("/alerts", StringComparison.Ordinal));
        Assert.Contains(_log, line => line.Contains("the patient id 'ward/7' contains '/' at 4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_handler_that_returns_null_is_a_failure_and_the_observation_stays_unacknowledged()
    {
        await using var connection = new MqttTwinConnection(
            new MqttTwinConnectionOptions { Port = _broker.Port, ClientId = TwinId },
            (_, _) => Task.FromResult<IReadOnlyList<OutboundMessage>>(null!),
            _log.Enqueue);
        connection.Start();
        await connection.WaitUntilConnectedAsync(CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        await using var gateway = await MqttTestClient.ConnectAsync(_broker.Port, "gateway");

        await PublishAsync(gateway, [1]);

        await Eventually.HoldsAsync(() => connection.Counters.HandlerFailures == 1, "the failure counted");
        Assert.Equal(0, connection.Counters.Acknowledged);
        Assert.Contains(_log, line => line.Contains("the handler returned null", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_connection_to_a_broker_that_is_not_there_keeps_trying_and_connects_once_it_starts()
    {
        var port = MosquittoBroker.FreePort();
        var recorder = new ObservationRecorder();
        await using var connection = Connect(recorder, port);
        connection.Start();

        await Eventually.HoldsAsync(() => connection.Counters.FailedConnectionAttempts >= 2, "two failed attempts");
        Assert.False(connection.IsConnected);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.WaitUntilConnectedAsync(new CancellationTokenSource(TimeSpan.FromMilliseconds(100)).Token));
        Assert.Contains(_log, line => line.StartsWith($"MQTT 127.0.0.1:{port}: cannot connect as 'twin-under-test'", StringComparison.Ordinal));

        using var late = MosquittoBroker.StartOn(port);
        await connection.WaitUntilConnectedAsync(CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        await using var gateway = await MqttTestClient.ConnectAsync(port, "gateway");
        await PublishAsync(gateway, [1]);
        await Eventually.HoldsAsync(() => recorder.Taken.Count == 1, "the observation after the late start");
    }

    [Fact]
    public async Task A_connection_starts_once_and_refuses_to_start_after_it_is_disposed()
    {
        var connection = Connect(new ObservationRecorder());
        connection.Start();
        Assert.Throws<InvalidOperationException>(connection.Start);

        await connection.DisposeAsync();
        await connection.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(connection.Start);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => connection.WaitUntilConnectedAsync(CancellationToken.None));
    }
}
