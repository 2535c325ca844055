using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;

namespace MedTwin.Twins.Mqtt;

/// <summary>
/// Twins served live over MQTT: each observation on <c>medtwin/{patient}/obs</c> goes through the <see cref="TwinHost"/>
/// (which logs it and what it causes), its alerts and actions are published to <c>medtwin/{patient}/alerts</c> and
/// <c>/actions</c>, and only then is it acknowledged. A periodic clock check finds dropouts and publishes their alerts.
/// The twins take their input from a client of any broker (<see cref="Start"/>) or inside the embedded broker
/// (<see cref="StartEmbeddedAsync"/>). Once an append to the log fails, the twins have moved past what the log holds:
/// they take no more input and <see cref="Failed"/> completes, so that the process can end and a restart recover them.
/// </summary>
public sealed class MqttTwinService : IAsyncDisposable
{
    private readonly TwinHost host;
    private readonly TimeProvider clock;
    private readonly TaskCompletionSource<Exception> failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();
    private MqttTwinConnection? connection;
    private EmbeddedMqttBroker? broker;
    private Task ticking = Task.CompletedTask;

    private MqttTwinService(TwinHost host, TimeProvider clock)
    {
        this.host = host;
        this.clock = clock;
    }

    /// <summary>The connection to the broker, for its state and counters; null when the twins are served inside the embedded broker.</summary>
    public MqttTwinConnection? Connection => connection;

    /// <summary>The embedded broker the twins are served inside; null when they are a client of a broker.</summary>
    public EmbeddedMqttBroker? Broker => broker;

    /// <summary>Completes, with the exception, once the event log failed and the twins take no more input.</summary>
    public Task<Exception> Failed => failed.Task;

    /// <summary>Connects to the broker (in the background, reconnecting as needed) and serves <paramref name="host"/>'s twins.</summary>
    public static MqttTwinService Start(TwinHost host, MqttTwinConnectionOptions options, TimeProvider clock, TimeSpan tickInterval, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var service = Create(host, clock, tickInterval);
        service.connection = new MqttTwinConnection(options, service.HandleAsync, log);
        service.connection.Start();
        service.ticking = service.TickAsync(tickInterval, service.connection.PublishAsync, service.stopping.Token);
        return service;
    }

    /// <summary>
    /// Starts an <see cref="EmbeddedMqttBroker"/> on 127.0.0.1:<paramref name="port"/> (0: any free port) that hands every
    /// observation to <paramref name="host"/>'s twins before acknowledging its publisher.
    /// </summary>
    /// <exception cref="IOException">The port is taken or cannot be listened on.</exception>
    public static async Task<MqttTwinService> StartEmbeddedAsync(TwinHost host, int port, TimeProvider clock, TimeSpan tickInterval, Action<string>? log = null)
    {
        var service = Create(host, clock, tickInterval);
        service.broker = await EmbeddedMqttBroker.StartAsync(port, service.HandleAsync, log);
        service.ticking = service.TickAsync(tickInterval, service.broker.PublishAsync, service.stopping.Token);
        return service;
    }

    /// <summary>Stops checking and disconnects; the broker keeps the session, so nothing unacknowledged is lost.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await ticking;
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        if (broker is not null)
        {
            await broker.DisposeAsync();
        }

        stopping.Dispose();
    }

    private static MqttTwinService Create(TwinHost host, TimeProvider clock, TimeSpan tickInterval)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(clock);
        if (tickInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tickInterval), tickInterval, "The clock check interval must be positive.");
        }

        return new MqttTwinService(host, clock);
    }

    private Task<IReadOnlyList<OutboundMessage>> HandleAsync(ReceivedObservationMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (observation, rejection) = message.Read();
        TwinUpdate update;
        try
        {
            update = observation is not null ? host.Accept(observation, now) : host.Reject(rejection!, now);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failed.TrySetResult(exception);
            throw;
        }

        if (update.Rejection?.Reason == RejectionReason.Duplicate && message.IsRedelivery)
        {
            // The broker redelivers what was never acknowledged: the crash or failed publish may have come after the
            // log took the observation but before its alerts went out, so they go out again (subscribers may see twice).
            return Task.FromResult<IReadOnlyList<OutboundMessage>>([.. host.LoggedOutputsOf(observation!).Select(Republished)]);
        }

        return Task.FromResult(Outbound([update]));
    }

    private async Task TickAsync(TimeSpan interval, Func<IReadOnlyList<OutboundMessage>, CancellationToken, Task<bool>> publish, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await publish(Outbound(host.Tick(clock.GetUtcNow())), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failed.TrySetResult(exception);
        }
    }

    private static OutboundMessage Republished(TwinEvent entry) =>
        new(entry.Kind == TwinEventKind.Alert ? OutboundMessageKind.Alert : OutboundMessageKind.Action, entry.PatientId, entry.Payload);

    private static IReadOnlyList<OutboundMessage> Outbound(IEnumerable<TwinUpdate> updates) =>
        [.. updates.SelectMany(u => u.Alerts.Select(OutboundMessage.For).Concat(u.Actions.Select(OutboundMessage.For)))];
}
