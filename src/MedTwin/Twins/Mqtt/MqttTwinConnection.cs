using System.Globalization;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace MedTwin.Twins.Mqtt;

/// <summary>
/// Connects a twin to an MQTT broker: subscribes to every patient's observations at QoS 1 in a persistent session, hands
/// each message to the handler, publishes the alerts and actions it returns at QoS 1 and only then acknowledges the
/// message, so the broker keeps (and delivers again) whatever the twin has not yet made durable. Reconnects with a
/// doubling delay when the broker goes away. Messages are handled one at a time, in the order they arrive.
/// </summary>
public sealed class MqttTwinConnection : IAsyncDisposable
{
    private readonly MqttTwinConnectionOptions _options;
    private readonly Func<ReceivedObservationMessage, CancellationToken, Task<IReadOnlyList<OutboundMessage>>> _handler;
    private readonly Action<string> _log;
    private readonly IMqttClient _client;
    private readonly MqttClientOptions _clientOptions;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationToken _stopping;
    private readonly Lock _gate = new();

    private TaskCompletionSource _connected = NewSignal();
    private TaskCompletionSource _lost = NewSignal();
    private volatile bool _subscribed;
    private Task? _keepConnected;
    private bool _disposed;

    private long _received;
    private long _unreadable;
    private long _handlerFailures;
    private long _published;
    private long _publishFailures;
    private long _acknowledged;
    private long _acknowledgeFailures;
    private long _connections;
    private long _failedConnectionAttempts;

    /// <summary>Prepares a connection; <see cref="Start"/> connects.</summary>
    /// <param name="options">The broker and the session.</param>
    /// <param name="handler">
    /// Takes each received message (logging it durably) and returns the alerts and actions to publish before the message
    /// is acknowledged. If it throws, the message is not acknowledged, and the broker delivers it again when the session
    /// resumes. It is called for one message at a time.
    /// </param>
    /// <param name="log">Receives a line for each connection change and each failure; none is fatal.</param>
    public MqttTwinConnection(
        MqttTwinConnectionOptions options,
        Func<ReceivedObservationMessage, CancellationToken, Task<IReadOnlyList<OutboundMessage>>> handler,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handler);
        _options = options.Validated();
        _handler = handler;
        _log = log ?? (_ => { });
        _stopping = _lifetime.Token;
        _clientOptions = new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithClientId(_options.ClientId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)_options.SessionExpiry.TotalSeconds)
            .WithKeepAlivePeriod(_options.KeepAlive)
            .WithTimeout(_options.Timeout)
            .Build();
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageReceivedAsync;
        _client.DisconnectedAsync += OnDisconnectedAsync;
    }

    /// <summary>Whether the connection is up and subscribed.</summary>
    public bool IsConnected => _subscribed && _client.IsConnected;

    /// <summary>The broker this connection goes to, as <c>host:port</c>.</summary>
    public string Broker => $"{_options.Host}:{_options.Port}";

    /// <summary>What the connection has done so far.</summary>
    public MqttTwinConnectionCounters Counters
    {
        get
        {
            var connections = Interlocked.Read(ref _connections);
            return new(
                Interlocked.Read(ref _received),
                Interlocked.Read(ref _unreadable),
                Interlocked.Read(ref _handlerFailures),
                Interlocked.Read(ref _published),
                Interlocked.Read(ref _publishFailures),
                Interlocked.Read(ref _acknowledged),
                Interlocked.Read(ref _acknowledgeFailures),
                connections,
                Math.Max(0, connections - 1),
                Interlocked.Read(ref _failedConnectionAttempts));
        }
    }

    /// <summary>Starts connecting in the background, and reconnecting whenever the connection is lost, until disposed.</summary>
    /// <exception cref="InvalidOperationException">The connection was started before.</exception>
    public void Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_keepConnected is not null)
            {
                throw new InvalidOperationException($"The MQTT connection to {Broker} is already started.");
            }

            _keepConnected = Task.Run(() => KeepConnectedAsync(_stopping));
        }
    }

    /// <summary>Completes once the connection is up and subscribed (at once if it is).</summary>
    public async Task WaitUntilConnectedAsync(CancellationToken cancellationToken)
    {
        while (!IsConnected)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var connected = Volatile.Read(ref _connected).Task;
            // A signal of the connection just lost is still set until its disconnect event replaces it.
            await (connected.IsCompleted ? Task.Delay(10, cancellationToken) : connected.WaitAsync(cancellationToken));
        }
    }

    /// <summary>
    /// Publishes messages that no received message produced (the alerts of a clock check) at QoS 1; false, and logged,
    /// when the broker cannot be reached: they stay in the twins' event log all the same.
    /// </summary>
    public Task<bool> PublishAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Count == 0 ? Task.FromResult(true) : TryPublishAsync(messages, "(clock check)", cancellationToken);
    }

    /// <summary>Stops reconnecting and disconnects cleanly; the broker keeps the session for <see cref="MqttTwinConnectionOptions.SessionExpiry"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        Task? keepConnected;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            keepConnected = _keepConnected;
        }

        await _lifetime.CancelAsync();
        if (keepConnected is not null)
        {
            await keepConnected;
        }

        if (_client.IsConnected)
        {
            try
            {
                using var timeout = new CancellationTokenSource(_options.Timeout);
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), timeout.Token);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _log($"MQTT {Broker}: the clean disconnect failed ({exception.Message}); the broker keeps the session all the same.");
            }
        }

        _client.Dispose();
        _lifetime.Dispose();
    }

    // Each connection that was established ends with exactly one disconnect event, which completes the connection's own
    // "lost" signal; waiting on that signal (never polling the client) keeps a late event from ending the next connection.
    private async Task KeepConnectedAsync(CancellationToken cancellationToken)
    {
        var failedAttempts = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var lost = NewSignal();
            Volatile.Write(ref _lost, lost);
            try
            {
                await ConnectAndSubscribeAsync(lost, cancellationToken);
                failedAttempts = 0;
                await lost.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Interlocked.Increment(ref _failedConnectionAttempts);
                var delay = ReconnectDelay(failedAttempts++);
                _log(string.Create(CultureInfo.InvariantCulture, $"MQTT {Broker}: cannot connect as '{_options.ClientId}' ({exception.Message}); trying again in {delay.TotalSeconds:0.###} s."));
                try
                {
                    await Task.Delay(delay, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ConnectAndSubscribeAsync(TaskCompletionSource lost, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);

        var connection = await _client.ConnectAsync(_clientOptions, timeout.Token);
        if (connection.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new IOException($"the broker refused the connection: {connection.ResultCode} {connection.ReasonString}".TrimEnd());
        }

        try
        {
            var subscription = await _client.SubscribeAsync(
                new MqttClientSubscribeOptionsBuilder()
                    .WithTopicFilter(filter => filter.WithTopic(MqttTopics.ObservationSubscription).WithAtLeastOnceQoS())
                    .Build(),
                timeout.Token);
            var granted = subscription.Items.Single().ResultCode;
            if (granted != MqttClientSubscribeResultCode.GrantedQoS1)
            {
                throw new IOException($"the broker answered the subscription to {MqttTopics.ObservationSubscription} with {granted}; a twin needs QoS 1 so nothing is lost");
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            await DisconnectAfterFailedSubscriptionAsync(lost);
            throw;
        }

        _subscribed = true;
        var number = Interlocked.Increment(ref _connections);
        Volatile.Read(ref _connected).TrySetResult();
        _log($"MQTT {Broker}: {(number == 1 ? "connected" : "reconnected")} as '{_options.ClientId}' ({(connection.IsSessionPresent ? "session resumed" : "new session")}), subscribed to {MqttTopics.ObservationSubscription}.");
    }

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs disconnected)
    {
        if (!disconnected.ClientWasConnected)
        {
            return Task.CompletedTask;
        }

        _subscribed = false;
        Interlocked.Exchange(ref _connected, NewSignal());
        if (!_stopping.IsCancellationRequested)
        {
            _log($"MQTT {Broker}: connection lost ({disconnected.Reason}{(disconnected.Exception is { } exception ? ": " + exception.Message : "")}); reconnecting.");
        }

        Volatile.Read(ref _lost).TrySetResult();
        return Task.CompletedTask;
    }

    private async Task OnMessageReceivedAsync(MqttApplicationMessageReceivedEventArgs received)
    {
        received.AutoAcknowledge = false;
        Interlocked.Increment(ref _received);
        var cancellationToken = _stopping;
        var application = received.ApplicationMessage;
        var message = ReceivedObservationMessage.Decode(application.Topic, application.Payload, application.Dup, _options.MaximumPayloadBytes);
        if (message.Rejection is not null)
        {
            Interlocked.Increment(ref _unreadable);
        }

        IReadOnlyList<OutboundMessage> outbound;
        try
        {
            outbound = await _handler(message, cancellationToken)
                ?? throw new InvalidOperationException("the handler returned null instead of a list of messages to publish");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _handlerFailures);
            _log($"MQTT {Broker}: the handler failed on a message on '{application.Topic}' ({exception.Message}); it stays unacknowledged and comes again when the session resumes.");
            return;
        }

        if (!await TryPublishAsync(outbound, application.Topic, cancellationToken))
        {
            return;
        }

        try
        {
            await received.AcknowledgeAsync(cancellationToken);
            Interlocked.Increment(ref _acknowledged);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _acknowledgeFailures);
            _log($"MQTT {Broker}: could not acknowledge a message on '{application.Topic}' ({exception.Message}); the broker will deliver it again.");
        }
    }

    private async Task<bool> TryPublishAsync(IReadOnlyList<OutboundMessage> outbound, string inboundTopic, CancellationToken cancellationToken)
    {
        try
        {
            // Every topic is checked before the first publish, so a bad message does not leave the others half sent.
            var topics = outbound.Select((message, index) => message?.Topic ?? throw new ArgumentException($"outbound message {index} is null")).ToList();
            for (var index = 0; index < outbound.Count; index++)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_options.Timeout);
                var result = await _client.PublishAsync(
                    new MqttApplicationMessageBuilder()
                        .WithTopic(topics[index])
                        .WithPayload(Encoding.UTF8.GetBytes(outbound[index].Payload))
                        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                        .WithContentType("application/json")
                        .WithPayloadFormatIndicator(MqttPayloadFormatIndicator.CharacterData)
                        .Build(),
                    timeout.Token);
                if (result.ReasonCode is not (MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers))
                {
                    throw new IOException($"the broker refused the publish to '{topics[index]}': {result.ReasonCode} {result.ReasonString}".TrimEnd());
                }

                Interlocked.Increment(ref _published);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _publishFailures);
            _log($"MQTT {Broker}: could not publish what the message on '{inboundTopic}' produced ({exception.Message}); it stays unacknowledged and comes again when the session resumes.");
            return false;
        }
    }

    private async Task DisconnectAfterFailedSubscriptionAsync(TaskCompletionSource lost)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.Timeout);
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), timeout.Token);
            }

            await lost.Task.WaitAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _log($"MQTT {Broker}: disconnecting after a failed subscription failed too ({exception.Message}).");
        }
    }

    private TimeSpan ReconnectDelay(int failedAttempts)
    {
        var delay = _options.FirstReconnectDelay * Math.Pow(2, Math.Min(failedAttempts, 30));
        return delay < _options.MaximumReconnectDelay ? delay : _options.MaximumReconnectDelay;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
