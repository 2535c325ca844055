using System.Collections.Concurrent;
using System.Globalization;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Mqtt;
using MedTwin.Twins.Observations;

namespace MedTwin.Tests.Twins.Mqtt;

/// <summary>
/// The handler a twin host would be, reduced to what the transport tests need: takes each observation once by device
/// and sequence number (a redelivery is a duplicate), keeps every rejection, and answers each new observation with
/// one alert. <see cref="FailOnce"/> makes it throw the first time it sees a given sequence number.
/// </summary>
internal sealed class ObservationRecorder
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<long, bool> _failed = new();

    public ConcurrentDictionary<(string Device, long Sequence), Observation> Taken { get; } = new();

    public ConcurrentQueue<ReceivedObservationMessage> Deliveries { get; } = new();

    public ConcurrentQueue<ObservationRejection> Rejections { get; } = new();

    /// <summary>Sequence numbers the handler throws on, the first time each arrives.</summary>
    public IReadOnlySet<long> FailOnce { get; init; } = new HashSet<long>();

    /// <summary>Chooses what to publish for a new observation; one alert by default.</summary>
    public Func<Observation, IReadOnlyList<OutboundMessage>> Answer { get; init; } = observation =>
        [new OutboundMessage(OutboundMessageKind.Alert, observation.PatientId, $$"""{"seq":{{observation.Sequence}}}""")];

    public static string Observation(string patient, long sequence, string device = "monitor-1") =>
        TwinJson.Write(new Observation(patient, "8867-4", 70 + (sequence % 10), "/min", Start.AddMinutes(sequence), device, sequence));

    public static IEnumerable<long> Sequences(int first, int last) => Enumerable.Range(first, last - first + 1).Select(number => (long)number);

    public bool HasTaken(IEnumerable<long> sequences, string device = "monitor-1") => sequences.All(sequence => Taken.ContainsKey((device, sequence)));

    public Task<IReadOnlyList<OutboundMessage>> HandleAsync(ReceivedObservationMessage message, CancellationToken cancellationToken)
    {
        Deliveries.Enqueue(message);
        var (observation, rejection) = message.Read();
        if (observation is null)
        {
            Rejections.Enqueue(rejection!);
            return Task.FromResult<IReadOnlyList<OutboundMessage>>([]);
        }

        if (FailOnce.Contains(observation.Sequence) && _failed.TryAdd(observation.Sequence, true))
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"the event log could not be written for sequence {observation.Sequence}"));
        }

        return Task.FromResult(Taken.TryAdd((observation.DeviceId, observation.Sequence), observation) ? Answer(observation) : []);
    }
}
