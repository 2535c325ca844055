using MedTwin.Twins.Alerts;
using MedTwin.Twins.Faults;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Monitors;

/// <summary>One sensor-fault alert per stream (<c>sensor:&lt;code&gt;</c>): raised by any fault, cleared after enough good readings.</summary>
internal sealed class SensorFaultMonitor(string patientId, AlertSeverity severity, AlertSettling settling)
{
    private readonly Dictionary<string, AlertLatch> latches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> reasons = new(StringComparer.Ordinal);

    public bool IsFaulted(string code) => latches.TryGetValue(code, out var latch) && latch.Severity != AlertSeverity.None;

    /// <summary>Why the stream is faulted (the latest fault's reason), or null.</summary>
    public string? FaultOf(string code) => IsFaulted(code) ? reasons[code] : null;

    public TwinAlert? OnReading(ObservationCode code, Observation reading, IReadOnlyList<SensorFault> faults) =>
        faults.Count > 0
            ? Raise(code, reading.Time, faults, [reading.Reference])
            : Latch(code).Assess(reading.Time, AlertSeverity.None, $"{code.Name} readings within expectations again", [reading.Reference]);

    /// <summary>A clock check that found <paramref name="faults"/> (a dropout); a check that finds nothing changes nothing.</summary>
    public TwinAlert? OnCheck(ObservationCode code, DateTimeOffset now, IReadOnlyList<SensorFault> faults, Observation? lastReading) =>
        faults.Count > 0 ? Raise(code, now, faults, lastReading is null ? [] : [lastReading.Reference]) : null;

    private TwinAlert? Raise(ObservationCode code, DateTimeOffset time, IReadOnlyList<SensorFault> faults, IReadOnlyList<ObservationReference> evidence)
    {
        var reason = $"{code.Name} sensor: " + string.Join("; ", faults.Select(f => $"{Words(f.Kind)}, {f.Reason}"));
        reasons[code.Code] = reason;
        return Latch(code).Assess(time, severity, reason, evidence);
    }

    private AlertLatch Latch(ObservationCode code)
    {
        if (!latches.TryGetValue(code.Code, out var latch))
        {
            latch = new AlertLatch(patientId, AlertKind.SensorFault, $"sensor:{code.Code}", settling);
            latches.Add(code.Code, latch);
        }

        return latch;
    }

    public IEnumerable<TwinAlert> Active => latches.Values.Select(l => l.Active).OfType<TwinAlert>();

    private static string Words(SensorFaultKind kind) => kind switch
    {
        SensorFaultKind.FlatLine => "flat line",
        SensorFaultKind.Dropout => "dropout",
        SensorFaultKind.ImpossibleValue => "impossible value",
        SensorFaultKind.SuddenJump => "sudden jump",
        _ => kind.ToString(),
    };
}
