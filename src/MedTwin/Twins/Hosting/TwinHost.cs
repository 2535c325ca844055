using System.Collections.Concurrent;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;

namespace MedTwin.Twins.Hosting;

/// <summary>
/// The twins of a ward and their event log. Each input is routed to its patient's twin and, with every alert and
/// action it causes, appended to the log before the call returns: a caller acknowledges a message only after that, so
/// an acknowledged observation is never lost. <see cref="Recover"/> rebuilds the twins from the log by replaying its
/// inputs and checks that they give exactly the logged outputs. Thread-safe: inputs of different patients run in
/// parallel, those of one patient one at a time.
/// </summary>
public sealed class TwinHost
{
    private readonly ITwinEventLog log;
    private readonly Func<string, TwinOptions?> optionsFor;
    private readonly ConcurrentDictionary<string, PatientTwin?> twins = new(StringComparer.Ordinal);
    private readonly long[] unrouted = new long[Enum.GetValues<RejectionReason>().Length];
    private volatile bool failed;

    /// <summary>
    /// A host whose twins are created on first sight of a patient from <paramref name="optionsFor"/>, which returns
    /// fresh options for a known patient (controllers and models keep state) and null for one the ward does not have.
    /// </summary>
    public TwinHost(ITwinEventLog log, Func<string, TwinOptions?> optionsFor)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(optionsFor);
        this.log = log;
        this.optionsFor = optionsFor;
    }

    /// <summary>The patients with a twin, in ordinal order.</summary>
    public IReadOnlyList<string> Patients => [.. twins.Where(t => t.Value is not null).Select(t => t.Key).Order(StringComparer.Ordinal)];

    /// <summary>Rejections not routed to any twin (malformed messages, unknown patients), by reason.</summary>
    public IReadOnlyList<KeyValuePair<RejectionReason, long>> Unrouted =>
        [.. Enum.GetValues<RejectionReason>().Select(r => KeyValuePair.Create(r, Interlocked.Read(ref unrouted[(int)r])))];

    /// <summary>Rebuilds the twins from <paramref name="log"/> and returns a host that appends to it.</summary>
    /// <exception cref="TwinRecoveryException">Replaying the log does not give the outputs it records; the message names the entry.</exception>
    public static TwinHost Recover(ITwinEventLog log, Func<string, TwinOptions?> optionsFor)
    {
        var host = new TwinHost(log, optionsFor);
        var expected = new Queue<string>();
        long index = 0;
        foreach (var entry in log.ReadAll())
        {
            index++;
            if (entry.Kind is TwinEventKind.Alert or TwinEventKind.Action)
            {
                if (!expected.TryDequeue(out var computed) || computed != entry.Payload)
                {
                    throw new TwinRecoveryException($"Event {index} ({entry.Kind} of '{entry.PatientId}' at {TwinJson.Time(entry.Time)}) is not what replaying the log gives{(computed is null ? " (nothing)" : $": {computed}")}; logged: {entry.Payload}");
                }

                continue;
            }

            if (expected.Count > 0)
            {
                throw new TwinRecoveryException($"Replaying the log gives outputs it does not record before event {index}: {expected.Peek()}");
            }

            foreach (var payload in host.Replay(entry, index))
            {
                expected.Enqueue(payload);
            }
        }

        if (expected.Count > 0)
        {
            throw new TwinRecoveryException($"Replaying the log gives outputs it does not record at its end: {expected.Peek()}");
        }

        return host;
    }

    /// <summary>Takes one observation that arrived at <paramref name="now"/>; returns once it and what it caused are in the log.</summary>
    public TwinUpdate Accept(Observation observation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return Accept([observation], now)[0];
    }

    /// <summary>Takes one wire message (<see cref="TwinJson"/>); a message that is not an observation is logged and counted as malformed.</summary>
    public TwinUpdate AcceptMessage(string message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (observation, rejection) = ObservationMessage.Read(message);
        if (observation is not null)
        {
            return Accept(observation, now);
        }

        ThrowIfFailed();
        CountUnrouted(rejection!.Reason);
        return Commit(now, [TwinUpdate.Rejected(rejection)])[0];
    }

    /// <summary>
    /// Takes observations in order, all arriving at <paramref name="now"/>, and appends them and what they caused to the
    /// log in one write (a replay's group commit); returns one update per observation.
    /// </summary>
    public IReadOnlyList<TwinUpdate> Accept(IReadOnlyList<Observation> observations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ThrowIfFailed();
        var updates = new TwinUpdate[observations.Count];
        for (var i = 0; i < observations.Count; i++)
        {
            var observation = observations[i] ?? throw new ArgumentException($"Observation {i} is null.", nameof(observations));
            updates[i] = Route(observation, twin => twin.Accept(observation, now));
        }

        return Commit(now, updates);
    }

    /// <summary>Logs and counts a message a source could not read as an observation (a malformed line of a recording).</summary>
    public TwinUpdate Reject(ObservationRejection rejection, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ThrowIfFailed();
        if (rejection.Reason != RejectionReason.UnknownPatient && rejection.Observation is { } observation && Twin(observation.PatientId) is { } twin)
        {
            lock (twin)
            {
                twin.Count(rejection.Reason);
            }
        }
        else
        {
            CountUnrouted(rejection.Reason);
        }

        return Commit(now, [TwinUpdate.Rejected(rejection)])[0];
    }

    /// <summary>
    /// Checks the twins of <paramref name="patients"/> (all when null) for dropouts at <paramref name="now"/>; logs the
    /// checks that changed something and returns their updates.
    /// </summary>
    public IReadOnlyList<TwinUpdate> Tick(DateTimeOffset now, IEnumerable<string>? patients = null)
    {
        ThrowIfFailed();
        var events = new List<TwinEvent>();
        var updates = new List<TwinUpdate>();
        foreach (var patient in patients ?? Patients)
        {
            if (twins.GetValueOrDefault(patient) is not { } twin)
            {
                continue;
            }

            lock (twin)
            {
                var update = twin.Tick(now);
                if (update.Alerts.Count > 0)
                {
                    TwinEvents.AddTick(events, patient, now, update);
                    updates.Add(update);
                }
            }
        }

        Append(events);
        return updates;
    }

    /// <summary>The state of <paramref name="patientId"/>'s twin, or null if it has none.</summary>
    public TwinState? State(string patientId)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        if (twins.GetValueOrDefault(patientId) is not { } twin)
        {
            return null;
        }

        lock (twin)
        {
            return twin.State;
        }
    }

    /// <summary>
    /// The alerts and actions the log records for an observation taken before (found by patient, device and sequence
    /// number), so that a broker's redelivery of a message whose answer was never published can be answered again.
    /// </summary>
    public IReadOnlyList<TwinEvent> LoggedOutputsOf(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var outputs = new List<TwinEvent>();
        var found = false;
        foreach (var entry in log.Read(observation.PatientId))
        {
            if (entry.Kind is TwinEventKind.Alert or TwinEventKind.Action)
            {
                if (found)
                {
                    outputs.Add(entry);
                }

                continue;
            }

            if (found)
            {
                break;
            }

            found = entry.Kind == TwinEventKind.Observation
                && ObservationMessage.Read(entry.Payload).Observation is { } logged
                && logged.DeviceId == observation.DeviceId && logged.Sequence == observation.Sequence;
        }

        return outputs;
    }

    private TwinUpdate Route(Observation observation, Func<PatientTwin, TwinUpdate> take)
    {
        if (Twin(observation.PatientId) is not { } twin)
        {
            var rejection = new ObservationRejection(RejectionReason.UnknownPatient, $"no twin for patient '{observation.PatientId}'", observation);
            CountUnrouted(rejection.Reason);
            return TwinUpdate.Rejected(rejection);
        }

        lock (twin)
        {
            return take(twin);
        }
    }

    private PatientTwin? Twin(string patientId) =>
        string.IsNullOrWhiteSpace(patientId) ? null : twins.GetOrAdd(patientId, id => optionsFor(id) is { } options ? new PatientTwin(id, options) : null);

    private TwinUpdate[] Commit(DateTimeOffset now, TwinUpdate[] updates)
    {
        var events = new List<TwinEvent>(updates.Length * 2);
        foreach (var update in updates)
        {
            TwinEvents.AddObservationOrRejection(events, update, now);
        }

        Append(events);
        return updates;
    }

    private void Append(List<TwinEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            log.Append(events);
        }
        catch
        {
            // The twins have moved past what the log holds: only a recovery from the log can make them agree again.
            failed = true;
            throw;
        }
    }

    private IEnumerable<string> Replay(TwinEvent entry, long index)
    {
        switch (entry.Kind)
        {
            case TwinEventKind.Observation:
                var (observation, rejection) = ObservationMessage.Read(entry.Payload);
                if (observation is null)
                {
                    throw new TwinRecoveryException($"Event {index} is not an observation: {rejection!.Detail}");
                }

                var twin = Twin(observation.PatientId) ?? throw new TwinRecoveryException($"Event {index} is an observation of patient '{observation.PatientId}', who has no twin now.");
                return TwinEvents.OutputPayloads(twin.Replay(observation));
            case TwinEventKind.Tick:
                var ticked = Twin(entry.PatientId) ?? throw new TwinRecoveryException($"Event {index} is a check of patient '{entry.PatientId}', who has no twin now.");
                return TwinEvents.OutputPayloads(ticked.Tick(entry.Time));
            case TwinEventKind.Rejection:
                var reason = TwinEvents.ReasonOf(entry);
                if (reason != RejectionReason.UnknownPatient && Twin(entry.PatientId) is { } counted)
                {
                    counted.Count(reason);
                }
                else
                {
                    CountUnrouted(reason);
                }

                return [];
            default:
                throw new TwinRecoveryException($"Event {index} has an unknown kind {entry.Kind}.");
        }
    }

    private void CountUnrouted(RejectionReason reason) => Interlocked.Increment(ref unrouted[(int)reason]);

    private void ThrowIfFailed()
    {
        if (failed)
        {
            throw new InvalidOperationException("An append to the event log failed; recover the twins from the log (TwinHost.Recover) before taking more input.");
        }
    }
}
