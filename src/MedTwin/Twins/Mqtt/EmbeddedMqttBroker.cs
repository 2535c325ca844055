using System.Net;
using System.Net.Sockets;
using MQTTnet.Server;

namespace MedTwin.Twins.Mqtt;

/// <summary>
/// An MQTT broker inside the process, listening on 127.0.0.1 only: the default for <c>medtwin twin serve</c>, so a
/// twin runs live with no server to install. Sessions persist while the process runs, and the queue kept for an absent
/// client is large enough that a twin away for a while loses nothing.
/// </summary>
public sealed class EmbeddedMqttBroker : IAsyncDisposable
{
    /// <summary>The address the broker listens on.</summary>
    public const string Host = "127.0.0.1";

    // MQTTnet drops the oldest queued message beyond this count per client; a day of one-minute vitals for dozens of
    // patients fits below it.
    private const int MaximumQueuedMessagesPerClient = 1_000_000;

    private readonly MqttServer _server;

    private EmbeddedMqttBroker(MqttServer server, int port)
    {
        _server = server;
        Port = port;
    }

    /// <summary>The port the broker listens on (the one the system chose when started on port 0).</summary>
    public int Port { get; }

    /// <summary>Starts a broker on 127.0.0.1:<paramref name="port"/>; port 0 lets the system choose a free one.</summary>
    /// <exception cref="IOException">The port is taken or cannot be listened on.</exception>
    public static async Task<EmbeddedMqttBroker> StartAsync(int port = 0)
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
        return new EmbeddedMqttBroker(server, options.DefaultEndpointOptions.Port);
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
}
