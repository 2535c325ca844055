using System.Globalization;
using MedTwin.Twins.Actions;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.Monitors;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Patient;

/// <summary>
/// One patient's twin: takes observations one at a time, keeps each vital's latest value and trend, scores NEWS2,
/// watches every sensor, follows an attached model's risk and a mechanistic model's agreement, asks an attached
/// controller for actions, and returns the alerts and actions each input causes. Bad input never throws: it comes back
/// as a counted rejection. Deterministic: the same inputs give the same outputs and state. Not thread-safe: a host
/// gives each twin one input at a time.
/// </summary>
public sealed class PatientTwin
{
    private readonly TwinOptions options;
    private readonly ObservationNormalizer normalizer;
    private readonly Dictionary<string, VitalStream> streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SequenceWindow> devices = new(StringComparer.Ordinal);
    private readonly long[] rejected = new long[Enum.GetValues<RejectionReason>().Length];
    private readonly SensorFaultMonitor sensors;
    private readonly News2Monitor news2;
    private readonly ModelRiskMonitor? modelRisk;
    private readonly DivergenceMonitor? divergence;
    private readonly ControllerMonitor? controller;
    private DateTimeOffset? time;
    private long accepted;
    private long late;
    private long alerts;
    private long actions;

    /// <summary>A twin for <paramref name="patientId"/>.</summary>
    /// <exception cref="ArgumentException">The options are inconsistent (a NEWS2 code missing, a model feature without a code, ...); the message names the option.</exception>
    public PatientTwin(string patientId, TwinOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(patientId);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Validated();
        PatientId = patientId;
        normalizer = new ObservationNormalizer(options.Codes);
        foreach (var code in options.Codes)
        {
            streams.Add(code.Code, new VitalStream(code, options.TrendWindow));
        }

        var codes = streams.Keys.ToArray();
        sensors = new SensorFaultMonitor(patientId, options.SensorFaultSeverity, options.Settling);
        news2 = new News2Monitor(patientId, options.OxygenSaturationScale, options.News2AlertFrom, options.Settling);
        modelRisk = options.ModelRisk is { } risk ? new ModelRiskMonitor(patientId, risk.Validated(codes), options.Settling) : null;
        divergence = options.Divergence is { } model ? new DivergenceMonitor(patientId, model.Validated(), options.Settling) : null;
        if (divergence is not null && !streams.ContainsKey(divergence.Model.PredictedCode))
        {
            throw new ArgumentException($"The mechanistic model predicts code '{divergence.Model.PredictedCode}', which the twin does not take.", nameof(options));
        }

        controller = options.Controller is { } control ? new ControllerMonitor(control.Validated(codes)) : null;
    }

    /// <summary>The patient.</summary>
    public string PatientId { get; }

    /// <summary>
    /// Takes one observation that arrived at <paramref name="now"/> (the run's clock). It is rejected, with a counted
    /// reason, when it is for another patient, of an unknown code or unit, not finite, further in the future than the
    /// clock skew allows, or a delivery of a device and sequence number taken before.
    /// </summary>
    public TwinUpdate Accept(Observation observation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.Time > now + options.MaximumClockSkew)
        {
            return Reject(new ObservationRejection(
                RejectionReason.FutureTime,
                $"time {Text(observation.Time)} lies {Text((observation.Time - now).TotalMinutes)} min after the clock ({Text(now)}); at most {Text(options.MaximumClockSkew.TotalMinutes)} min is allowed",
                observation));
        }

        return Take(observation);
    }

    /// <summary>Checks every stream for a dropout at <paramref name="now"/>; a check that finds nothing new changes nothing.</summary>
    public TwinUpdate Tick(DateTimeOffset now)
    {
        var changes = new List<TwinAlert>();
        foreach (var stream in streams.Values)
        {
            var faults = stream.Check(now);
            if (faults.Count > 0 && !sensors.IsFaulted(stream.Code.Code))
            {
                Add(changes, sensors.OnCheck(stream.Code, now, faults, stream.Latest));
            }
        }

        if (changes.Count > 0)
        {
            time = Later(time, now);
            Add(changes, news2.Assess(now, streams, sensors));
            if (modelRisk is not null)
            {
                Add(changes, modelRisk.Assess(now, streams, sensors));
            }
        }

        alerts += changes.Count;
        return new TwinUpdate(null, false, null, changes, []);
    }

    /// <summary>The state now.</summary>
    public TwinState State => new(
        PatientId,
        time,
        [.. options.Codes.Select(code => Vital(streams[code.Code]))],
        news2.Latest,
        news2.LatestTime,
        modelRisk is { Latest: { } risk } ? new ModelRiskState(modelRisk.ModelTitle, risk, modelRisk.LatestTime!.Value) : null,
        divergence?.Latest,
        controller?.IsPaused ?? false,
        [.. ActiveAlerts().OrderBy(a => a.Source, StringComparer.Ordinal)],
        new TwinCounters(accepted, late, [.. Enum.GetValues<RejectionReason>().Select(r => KeyValuePair.Create(r, rejected[(int)r]))], alerts, actions));

    /// <summary>Takes an observation that was accepted before (read back from the event log): no clock check.</summary>
    internal TwinUpdate Replay(Observation observation) => Take(observation);

    /// <summary>Counts a rejection made before (read back from the event log, or made by a host for this patient).</summary>
    internal void Count(RejectionReason reason) => rejected[(int)reason]++;

    /// <summary>Rejects an observation the host turned away for this patient, counting it.</summary>
    internal TwinUpdate Reject(ObservationRejection rejection)
    {
        Count(rejection.Reason);
        return TwinUpdate.Rejected(rejection);
    }

    private TwinUpdate Take(Observation raw)
    {
        if (!string.Equals(raw.PatientId, PatientId, StringComparison.Ordinal))
        {
            return Reject(new ObservationRejection(RejectionReason.UnknownPatient, $"patient '{raw.PatientId}' sent to the twin of '{PatientId}'", raw));
        }

        var (observation, rejection) = normalizer.Normalize(raw);
        if (rejection is not null)
        {
            return Reject(rejection);
        }

        if (!devices.TryGetValue(observation!.DeviceId, out var window))
        {
            window = new SequenceWindow();
            devices.Add(observation.DeviceId, window);
        }

        switch (window.Check(observation.Sequence))
        {
            case SequenceVerdict.Duplicate:
                return Reject(new ObservationRejection(RejectionReason.Duplicate, $"device '{observation.DeviceId}' sequence {observation.Sequence} was taken before", raw));
            case SequenceVerdict.Stale:
                return Reject(new ObservationRejection(RejectionReason.Stale, $"device '{observation.DeviceId}' sequence {observation.Sequence} is more than {SequenceWindow.Size} behind its latest", raw));
        }

        window.Record(observation.Sequence);
        accepted++;
        var stream = streams[observation.Code];
        if (stream.IsLate(observation))
        {
            late++;
            return new TwinUpdate(observation, true, null, [], []);
        }

        time = Later(time, observation.Time);
        var changes = new List<TwinAlert>();
        var faults = stream.Take(observation);
        var trusted = ReferenceEquals(stream.Latest, observation);
        Add(changes, sensors.OnReading(stream.Code, observation, faults));
        if (News2Monitor.Codes.Contains(observation.Code))
        {
            Add(changes, news2.Assess(observation.Time, streams, sensors));
        }

        if (modelRisk is not null && modelRisk.Reads(observation.Code))
        {
            Add(changes, modelRisk.Assess(observation.Time, streams, sensors));
        }

        if (trusted && divergence is not null && divergence.Model.PredictedCode == observation.Code)
        {
            Add(changes, divergence.Assess(observation, sensors));
        }

        var proposed = new List<ControlAction>();
        if (trusted && controller is not null && controller.Code == observation.Code
            && controller.Propose(observation, sensors.IsFaulted(observation.Code)) is { } action)
        {
            proposed.Add(action);
            divergence?.Apply(action);
        }

        alerts += changes.Count;
        actions += proposed.Count;
        return new TwinUpdate(observation, false, null, changes, proposed);
    }

    private IEnumerable<TwinAlert> ActiveAlerts()
    {
        foreach (var alert in sensors.Active)
        {
            yield return alert;
        }

        foreach (var alert in new[] { news2.Active, modelRisk?.Active, divergence?.Active })
        {
            if (alert is not null)
            {
                yield return alert;
            }
        }
    }

    private VitalState Vital(VitalStream stream) => new(
        stream.Code.Code,
        stream.Code.Name,
        stream.Code.Unit,
        stream.Latest?.Value,
        stream.Latest?.Time,
        stream.TrendPerHour(),
        stream.Count,
        sensors.FaultOf(stream.Code.Code));

    private static void Add(List<TwinAlert> changes, TwinAlert? change)
    {
        if (change is not null)
        {
            changes.Add(change);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset? current, DateTimeOffset candidate) => current is { } c && c > candidate ? c : candidate;

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Text(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
