namespace MedTwin.Twins.Simulation;

/// <summary>
/// Applies the injected faults to readings given in time order: a dropout removes a reading, a spike replaces the first
/// reading at or after its time that the device reports, a flat line repeats the code's last reported value.
/// </summary>
internal sealed class FaultInjector
{
    private readonly IReadOnlyList<InjectedDropout> dropouts;
    private readonly IReadOnlyList<InjectedFlatLine> flatLines;
    private readonly List<InjectedSpike> pendingSpikes;
    private readonly Dictionary<string, double> lastReported = new(StringComparer.Ordinal);

    public FaultInjector(IReadOnlyList<InjectedFault> faults)
    {
        dropouts = [.. faults.OfType<InjectedDropout>()];
        flatLines = [.. faults.OfType<InjectedFlatLine>()];
        pendingSpikes = [.. faults.OfType<InjectedSpike>().OrderBy(s => s.At)];
    }

    /// <summary>The value reported for <paramref name="reading"/>, or null when its device is silent.</summary>
    public double? Apply(SensorReading reading)
    {
        if (dropouts.Any(d => d.DeviceId == reading.DeviceId && d.From <= reading.Elapsed && reading.Elapsed < d.Until))
        {
            return null;
        }

        var value = reading.Value;
        var spike = pendingSpikes.FirstOrDefault(s => s.Code == reading.Code && s.At <= reading.Elapsed);
        if (spike is not null)
        {
            pendingSpikes.Remove(spike);
            value = spike.Value;
        }
        else if (flatLines.Any(f => f.Code == reading.Code && f.From <= reading.Elapsed && reading.Elapsed < f.Until)
            && lastReported.TryGetValue(reading.Code, out var stuck))
        {
            value = stuck;
        }

        lastReported[reading.Code] = value;
        return value;
    }
}
