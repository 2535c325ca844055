using System.Net;
using System.Net.Sockets;
using System.Text;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace MedTwin.Twins.Mqtt;

/// <summary>
/// An MQTT broker inside the process, listening on 127.0.0.1 only: the default for <c>medtwin twin serve</c>, so a
/// twin runs live with no server to install. Sessions persist while the process runs, and the queue kept for an absent
/// client is large enough that a twin away for a while loses nothing. Given the twins' handler, the broker itself is
/// the twins' input: an observation is handled, and the alerts and actions it caused published, while its publisher
/// waits, so the publisher's acknowledgement (PUBACK) means the observation is in the log.
/// </summary>
public sealed class EmbeddedMqttBroker : IAsyncDisposable
{
    /// <summary>The address the broker listens on.</summary>
    public const string Host = "127.0.0.1";

    // MQTTnet drops the oldest queued message beyond this count per client; a day of one-minute vitals for dozens of
    // patients fits below it.
    private const int MaximumQueuedMessagesPerClient = 1_000_000;

    private readonly MqttServer _server;
    private readonly Action<string> _log;
    private long _received;
    private long _handlerFailures;
    private long _published;

    private EmbeddedMqttBroker(MqttServer server, Action<string> log)
    {
        _server = server;
        _log = log;
    }

    /// <summary>The port the broker listens on (the one the system chose when started on port 0).</summary>
    public int Port { get; private set; }

    /// <summary>Observations handed to the twins' handler, messages the handler threw on, and alerts and actions published.</summary>
    public (long Received, long HandlerFailures, long Published) Counters =>
        (Interlocked.Read(ref _received), Interlocked.Read(ref _handlerFailures), Interlocked.Read(ref _published));

    /// <summary>Starts a broker on 127.0.0.1:<paramref name="port"/>; port 0 lets the system choose a free one.</summary>
    /// <param name="port">The port to listen on.</param>
    /// <param name="twins">
    /// When given, takes every message published on <see cref="MqttTopics.ObservationSubscription"/> before its publisher
    /// is acknowledged (logging it durably) and returns the alerts and actions to publish; if it throws, the publisher's
    /// connection is closed without an acknowledgement, so the publisher sends the message again.
    /// </param>
    /// <param name="log">Receives a line for each message the handler threw on and each failed publish.</param>
    /// <exception cref="IOException">The port is taken or cannot be listened on.</exception>
    public static async Task<EmbeddedMqttBroker> StartAsync(
        int port = 0,
        Func<ReceivedObservationMessage, CancellationToken, Task<IReadOnlyList<OutboundMessage>>>? twins = null,
        Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);

        var options = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointBoundIPV6Address(IPAddress.None)
            .WithDefaultEndpointPort(port)
            .WithPersistentSessions(true)
            .WithMaxPendingMessagesPerClient(MaximumQueuedMessagesPerClient)
            .Build();
        var server = new MqttServerFactory().CreateMqttServer(options);
        var broker = new EmbeddedMqttBroker(server, log ?? (_ => { }));
        if (twins is not null)
        {
            // MQTTnet awaits this interceptor before it queues the publisher's PUBACK.
            server.InterceptingPublishAsync += intercepted => broker.HandOverAsync(intercepted, twins);
        }

        try
        {
            await server.StartAsync();
        }
        catch (SocketException exception)
        {
            server.Dispose();
            throw new IOException($"Cannot start the embedded MQTT broker on {Host}:{port}: {exception.Message}", exception);
        }

        // MQTTnet writes the port the system chose back into the options.
        broker.Port = options.DefaultEndpointOptions.Port;
        return broker;
    }

    /// <summary>Stops the broker, disconnecting its clients.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_server.IsStarted)
        {
            await _server.StopAsync(new MqttServerStopOptionsBuilder().Build());
        }

        _server.Dispose();
    }

    /// <summary>
    /// Publishes messages that no received message produced (the alerts of a clock check) at QoS 1 to the broker's
    /// subscribers; false, and logged, when they cannot be: they stay in the twins' event log all the same.
    /// </summary>
    public async Task<bool> PublishAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        try
        {
            await InjectAsync(messages, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            _log($"MQTT {Host}:{Port}: could not publish what a clock check produced ({exception.Message}).");
            return false;
        }
    }

    private async Task HandOverAsync(InterceptingPublishEventArgs intercepted, Func<ReceivedObservationMessage, CancellationToken, Task<IReadOnlyList<OutboundMessage>>> twins)
    {
        var application = intercepted.ApplicationMessage;
        if (MqttTopicFilterComparer.Compare(application.Topic, MqttTopics.ObservationSubscription) != MqttTopicFilterCompareResult.IsMatch)
        {
            return;
        }

        Interlocked.Increment(ref _received);
        var message = ReceivedObservationMessage.Decode(application.Topic, application.Payload, application.Dup);
        try
        {
            await InjectAsync(
                await twins(message, intercepted.CancellationToken) ?? throw new InvalidOperationException("the handler returned null instead of a list of messages to publish"),
                intercepted.CancellationToken);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _handlerFailures);
            intercepted.ProcessPublish = false;
            intercepted.CloseConnection = true;
            _log($"MQTT {Host}:{Port}: the twins could not take a message on '{application.Topic}' ({exception.Message}); its publisher was disconnected unacknowledged and sends it again.");
        }
    }

    private async Task InjectAsync(IReadOnlyList<OutboundMessage> outbound, CancellationToken cancellationToken)
    {
        // Every topic is checked before the first publish, so a bad message does not leave the others half sent.
        var topics = outbound.Select((message, index) => message?.Topic ?? throw new ArgumentException($"outbound message {index} is null")).ToList();
        for (var index = 0; index < outbound.Count; index++)
        {
            await _server.InjectApplicationMessage(
                new InjectedMqttApplicationMessage(new MqttApplicationMessageBuilder()
                    .WithTopic(topics[index])
                    .WithPayload(Encoding.UTF8.GetBytes(outbound[index].Payload))
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                    .WithContentType("application/json")
                    .WithPayloadFormatIndicator(MqttPayloadFormatIndicator.CharacterData)
                    .Build()),
                cancellationToken);
            Interlocked.Increment(ref _published);
        }
    }
}
