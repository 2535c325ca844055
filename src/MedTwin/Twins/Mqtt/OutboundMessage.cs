using MedTwin.Twins.Actions;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.Messages;

namespace MedTwin.Twins.Mqtt;

/// <summary>A message a twin publishes at QoS 1 once an observation has been logged.</summary>
/// <param name="Kind">Alert or action; decides the topic.</param>
/// <param name="PatientId">The patient; decides the topic.</param>
/// <param name="Payload">The JSON to publish (as <see cref="TwinJson"/> writes it).</param>
public sealed record OutboundMessage(OutboundMessageKind Kind, string PatientId, string Payload)
{
    /// <summary>The alert change, to publish as it was logged.</summary>
    public static OutboundMessage For(TwinAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new(OutboundMessageKind.Alert, alert.PatientId, TwinJson.Write(alert));
    }

    /// <summary>The control action, to publish as it was logged.</summary>
    public static OutboundMessage For(ControlAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new(OutboundMessageKind.Action, action.PatientId, TwinJson.Write(action));
    }

    /// <summary>The topic the message is published to.</summary>
    /// <exception cref="ArgumentException">The patient id cannot be a topic level, or the kind is unknown.</exception>
    public string Topic => Kind switch
    {
        OutboundMessageKind.Alert => MqttTopics.Alerts(PatientId),
        OutboundMessageKind.Action => MqttTopics.Actions(PatientId),
        _ => throw new ArgumentException($"An outbound message of kind {(int)Kind} has no topic; expected {string.Join(" or ", Enum.GetNames<OutboundMessageKind>())}."),
    };
}
