namespace MedTwin.Twins.Observations;

/// <summary>Which observation an alert or an action rests on: its identity (device and sequence), code and time.</summary>
/// <param name="DeviceId">The device that measured it.</param>
/// <param name="Sequence">The device's number for it.</param>
/// <param name="Code">Its LOINC code.</param>
/// <param name="Time">When it was measured.</param>
public sealed record ObservationReference(string DeviceId, long Sequence, string Code, DateTimeOffset Time);
