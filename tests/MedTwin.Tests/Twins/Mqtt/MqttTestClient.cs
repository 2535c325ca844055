using System.Collections.Concurrent;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace MedTwin.Tests.Twins.Mqtt;

/// <summary>
/// A sensor gateway or a dashboard in the tests: an MQTTnet client with a persistent session that publishes at QoS 1
/// until the broker acknowledges, and collects what arrives on its subscriptions.
/// </summary>
internal sealed class MqttTestClient : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly MqttClientOptions _options;
    private readonly string[] _subscriptions;
    private readonly int _port;

    private MqttTestClient(string host, int port, string clientId, string[] subscriptions)
    {
        _subscriptions = subscriptions;
        _port = port;
        _options = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithClientId(clientId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(3600)
            .WithTimeout(TimeSpan.FromSeconds(2))
            .Build();
        _client.ApplicationMessageReceivedAsync += received =>
        {
            Received.Enqueue((received.ApplicationMessage.Topic, received.ApplicationMessage.ConvertPayloadToString()));
            return Task.CompletedTask;
        };
    }

    /// <summary>Messages that arrived on the subscriptions, as topic and text.</summary>
    public ConcurrentQueue<(string Topic, string Payload)> Received { get; } = new();

    public static async Task<MqttTestClient> ConnectAsync(int port, string clientId, params string[] subscriptions)
    {
        var client = new MqttTestClient(MosquittoBroker.Host, port, clientId, subscriptions);
        await client.ReconnectAsync();
        return client;
    }

    /// <inheritdoc cref="PublishAsync(string, byte[])"/>
    public async Task PublishAsync(string topic, string payload) => await PublishAsync(topic, Encoding.UTF8.GetBytes(payload));

    /// <summary>
    /// Publishes at QoS 1 as a gateway does: until the broker acknowledges, reconnecting when the connection was lost
    /// (which may send the message twice); fails the test if the broker does not acknowledge within the time-out.
    /// </summary>
    public async Task PublishAsync(string topic, byte[] payload)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await TryPublishAsync(topic, payload))
        {
            Assert.True(clock.Elapsed < Eventually.DefaultTimeout, $"The broker did not acknowledge a publish to '{topic}' within {Eventually.DefaultTimeout.TotalSeconds} s.");
            await ReconnectAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build());
            }
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            // The broker went away first; the test has already checked what it needed.
        }

        _client.Dispose();
    }

    // True when the broker acknowledged, false when the connection was lost first.
    private async Task<bool> TryPublishAsync(string topic, byte[] payload)
    {
        try
        {
            var result = await _client.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build());
            return result.ReasonCode is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers;
        }
        catch (Exception exception) when (exception is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Connects (again), retrying for a few seconds while the broker comes back or the client notices it left; a subscriber calls it after a broker restart, as a dashboard would.</summary>
    public async Task ReconnectAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await TryConnectAndSubscribeAsync())
        {
            Assert.True(clock.Elapsed < Eventually.DefaultTimeout, $"A test client could not connect to port {_port} within {Eventually.DefaultTimeout.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    private async Task<bool> TryConnectAndSubscribeAsync()
    {
        try
        {
            if (!_client.IsConnected && (await _client.ConnectAsync(_options)).ResultCode != MqttClientConnectResultCode.Success)
            {
                return false;
            }

            foreach (var topic in _subscriptions)
            {
                await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(topic, MqttQualityOfServiceLevel.AtLeastOnce).Build());
            }

            return true;
        }
        catch (Exception exception) when (exception is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
        {
            return false;
        }
    }
}
