using MedTwin.Twins.Messages;

namespace MedTwin.Twins.EventLog;

/// <summary>One entry of a twin's event log.</summary>
/// <param name="Kind">What it records.</param>
/// <param name="PatientId">The patient (empty for a message no patient could be read from).</param>
/// <param name="Time">The time of the observation, check, alert or action.</param>
/// <param name="Payload">The record as canonical JSON (<see cref="TwinJson"/>).</param>
public sealed record TwinEvent(TwinEventKind Kind, string PatientId, DateTimeOffset Time, string Payload);
