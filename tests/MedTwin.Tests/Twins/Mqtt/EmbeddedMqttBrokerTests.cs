using System.Net;
using System.Net.Sockets;
using MedTwin.Twins.Mqtt;

namespace MedTwin.Tests.Twins.Mqtt;

public sealed class EmbeddedMqttBrokerTests
{
    private static MqttTwinConnection Connect(EmbeddedMqttBroker broker, ObservationRecorder recorder) => new(
        new MqttTwinConnectionOptions { Host = EmbeddedMqttBroker.Host, Port = broker.Port, ClientId = "twin", FirstReconnectDelay = TimeSpan.FromMilliseconds(50) },
        recorder.HandleAsync);

    [Fact]
    public async Task On_port_0_the_broker_reports_the_port_it_listens_on_and_carries_observations_and_alerts()
    {
        await using var broker = await EmbeddedMqttBroker.StartAsync();
        var recorder = new ObservationRecorder();
        await using var connection = Connect(broker, recorder);
        connection.Start();
        await connection.WaitUntilConnectedAsync(CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        await using var dashboard = await MqttTestClient.ConnectAsync(broker.Port, "dashboard", "medtwin/+/alerts");
        await using var gateway = await MqttTestClient.ConnectAsync(broker.Port, "gateway");

        foreach (var sequence in ObservationRecorder.Sequences(1, 10))
        {
            await gateway.PublishAsync(MqttTopics.Observations("P-001"), ObservationRecorder.Observation("P-001", sequence));
        }

        Assert.InRange(broker.Port, 1, 65535);
        await Eventually.HoldsAsync(() => recorder.Taken.Count == 10 && dashboard.Received.Count == 10, "ten observations taken and ten alerts received");
        Assert.All(dashboard.Received, alert => Assert.Equal("medtwin/P-001/alerts", alert.Topic));
        await Eventually.HoldsAsync(() => connection.Counters.Acknowledged == 10, "every message acknowledged");
    }

    [Fact]
    public async Task Observations_published_while_the_twin_is_away_are_queued_and_delivered_when_it_returns()
    {
        await using var broker = await EmbeddedMqttBroker.StartAsync();
        var recorder = new ObservationRecorder();
        var first = Connect(broker, recorder);
        first.Start();
        await first.WaitUntilConnectedAsync(CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        await first.DisposeAsync();
        await using var gateway = await MqttTestClient.ConnectAsync(broker.Port, "gateway");

        foreach (var sequence in ObservationRecorder.Sequences(1, 5))
        {
            await gateway.PublishAsync(MqttTopics.Observations("P-001"), ObservationRecorder.Observation("P-001", sequence));
        }

        await using var returned = Connect(broker, recorder);
        returned.Start();
        await Eventually.HoldsAsync(() => recorder.HasTaken(ObservationRecorder.Sequences(1, 5)), "the five observations queued while the twin was away");
    }

    [Fact]
    public async Task The_broker_listens_on_the_IPv4_loopback_address_only()
    {
        await using var broker = await EmbeddedMqttBroker.StartAsync();
        using var client = new TcpClient(AddressFamily.InterNetworkV6);

        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.IPv6Loopback, broker.Port));
    }

    [Fact]
    public async Task A_port_that_is_taken_is_refused_naming_it()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<IOException>(() => EmbeddedMqttBroker.StartAsync(port));

        Assert.StartsWith($"Cannot start the embedded MQTT broker on 127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public async Task A_port_out_of_range_is_refused(int port)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => EmbeddedMqttBroker.StartAsync(port));

        Assert.Equal("port", error.ParamName);
    }
}
