namespace MedTwin.Twins.Mqtt;

/// <summary>Where a twin's MQTT connection goes and how it keeps its session.</summary>
public sealed record MqttTwinConnectionOptions
{
    /// <summary>The broker's host name or address.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The broker's port.</summary>
    public int Port { get; init; } = 1883;

    /// <summary>
    /// The client id, which names the broker's session: a twin that comes back under the same id receives what was
    /// queued for it while it was away. Two connections with one id take the session from each other.
    /// </summary>
    public required string ClientId { get; init; }

    /// <summary>How long the broker keeps the session (and queues QoS 1 observations) while the twin is away.</summary>
    public TimeSpan SessionExpiry { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The longest silence before the client pings the broker.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long connecting, subscribing or one publish may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before the first reconnect; it doubles with each failed attempt.</summary>
    public TimeSpan FirstReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest wait between reconnect attempts.</summary>
    public TimeSpan MaximumReconnectDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Payloads larger than this many bytes reach the handler as a rejection, not as text.</summary>
    public int MaximumPayloadBytes { get; init; } = ReceivedObservationMessage.DefaultMaximumPayloadBytes;

    internal MqttTwinConnectionOptions Validated()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new ArgumentException("The broker's host is empty.", nameof(Host));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Port, 1, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        if (string.IsNullOrWhiteSpace(ClientId) || ClientId.Length > 256 || ClientId.Any(char.IsControl))
        {
            throw new ArgumentException($"The client id must be 1 to 256 characters without control characters; found '{ClientId}'.", nameof(ClientId));
        }

        Between(SessionExpiry, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(uint.MaxValue - 1), nameof(SessionExpiry));
        Between(KeepAlive, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(ushort.MaxValue), nameof(KeepAlive));
        Between(Timeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1), nameof(Timeout));
        Between(FirstReconnectDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1), nameof(FirstReconnectDelay));
        Between(MaximumReconnectDelay, FirstReconnectDelay, TimeSpan.FromHours(1), nameof(MaximumReconnectDelay));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaximumPayloadBytes, nameof(MaximumPayloadBytes));
        return this;
    }

    private static void Between(TimeSpan value, TimeSpan low, TimeSpan high, string name)
    {
        if (value < low || value > high)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie between {low} and {high}.");
        }
    }
}
