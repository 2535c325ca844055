namespace MedTwin.Twins.Observations;

/// <summary>
/// One timestamped measurement of one patient, as a sensor or a nurse reports it. <see cref="DeviceId"/> and
/// <see cref="Sequence"/> identify it: a device numbers its readings, so the same pair twice is the same reading
/// delivered twice (a broker's redelivery, a replay restarted), never a new one.
/// </summary>
/// <param name="PatientId">The patient the reading belongs to.</param>
/// <param name="Code">The LOINC code of what was measured (see <see cref="ObservationCodes"/>).</param>
/// <param name="Value">The value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The UCUM unit of <paramref name="Value"/> (<c>/min</c>, <c>%</c>, <c>mm[Hg]</c>, <c>Cel</c>, <c>mg/dL</c>, ...).</param>
/// <param name="Time">When it was measured (not when it arrived).</param>
/// <param name="DeviceId">The device (or person) that measured it.</param>
/// <param name="Sequence">The device's own number for the reading, increasing from one reading to the next.</param>
public sealed record Observation(string PatientId, string Code, double Value, string Unit, DateTimeOffset Time, string DeviceId, long Sequence)
{
    /// <summary>The reference an alert or an action keeps to this observation.</summary>
    public ObservationReference Reference => new(DeviceId, Sequence, Code, Time);
}
