using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;

namespace MedTwin.Twins.Mqtt;

/// <summary>
/// Twins served live over MQTT: each observation on <c>medtwin/{patient}/obs</c> goes through the <see cref="TwinHost"/>
/// (which logs it and what it causes), its alerts and actions are published to <c>medtwin/{patient}/alerts</c> and
/// <c>/actions</c>, and only then is it acknowledged. A periodic clock check finds dropouts and publishes their alerts.
/// </summary>
public sealed class MqttTwinService : IAsyncDisposable
{
    private readonly TwinHost host;
    private readonly TimeProvider clock;
    private readonly MqttTwinConnection connection;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task ticking;

    private MqttTwinService(TwinHost host, MqttTwinConnectionOptions options, TimeProvider clock, TimeSpan tickInterval, Action<string>? log)
    {
        this.host = host;
        this.clock = clock;
        connection = new MqttTwinConnection(options, HandleAsync, log);
        connection.Start();
        ticking = TickAsync(tickInterval, stopping.Token);
    }

    /// <summary>The connection, for its state and counters.</summary>
    public MqttTwinConnection Connection => connection;

    /// <summary>Connects to the broker (in the background, reconnecting as needed) and serves <paramref name="host"/>'s twins.</summary>
    public static MqttTwinService Start(TwinHost host, MqttTwinConnectionOptions options, TimeProvider clock, TimeSpan tickInterval, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        if (tickInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tickInterval), tickInterval, "The clock check interval must be positive.");
        }

        return new MqttTwinService(host, options, clock, tickInterval, log);
    }

    /// <summary>Stops checking and disconnects; the broker keeps the session, so nothing unacknowledged is lost.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await ticking;
        await connection.DisposeAsync();
        stopping.Dispose();
    }

    private Task<IReadOnlyList<OutboundMessage>> HandleAsync(ReceivedObservationMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (observation, rejection) = message.Read();
        var update = observation is not null ? host.Accept(observation, now) : host.Reject(rejection!, now);
        if (update.Rejection?.Reason == RejectionReason.Duplicate && message.IsRedelivery)
        {
            // The broker redelivers what was never acknowledged: the crash or failed publish may have come after the
            // log took the observation but before its alerts went out, so they go out again (subscribers may see twice).
            return Task.FromResult<IReadOnlyList<OutboundMessage>>([.. host.LoggedOutputsOf(observation!).Select(Republished)]);
        }

        return Task.FromResult(Outbound([update]));
    }

    private async Task TickAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await connection.PublishAsync(Outbound(host.Tick(clock.GetUtcNow())), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private static OutboundMessage Republished(TwinEvent entry) =>
        new(entry.Kind == TwinEventKind.Alert ? OutboundMessageKind.Alert : OutboundMessageKind.Action, entry.PatientId, entry.Payload);

    private static IReadOnlyList<OutboundMessage> Outbound(IEnumerable<TwinUpdate> updates) =>
        [.. updates.SelectMany(u => u.Alerts.Select(OutboundMessage.For).Concat(u.Actions.Select(OutboundMessage.For)))];
}
