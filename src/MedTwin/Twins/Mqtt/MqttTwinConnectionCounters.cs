namespace MedTwin.Twins.Mqtt;

/// <summary>What a twin's MQTT connection has done since it started.</summary>
/// <param name="Received">Messages delivered by the broker (redeliveries included).</param>
/// <param name="Unreadable">Received messages handed over as a rejection (payload too large, not UTF-8, bad topic).</param>
/// <param name="HandlerFailures">Messages the handler threw on; they were not acknowledged.</param>
/// <param name="Published">Alerts and actions the broker took.</param>
/// <param name="PublishFailures">Messages whose alerts or actions could not all be published; they were not acknowledged.</param>
/// <param name="Acknowledged">Messages acknowledged to the broker, each after its handler and publishes succeeded.</param>
/// <param name="AcknowledgeFailures">Acknowledgements lost with the connection; the broker delivers those messages again.</param>
/// <param name="Connections">Times the connection was established and subscribed.</param>
/// <param name="Reconnects">Connections after the first.</param>
/// <param name="FailedConnectionAttempts">Attempts to connect or subscribe that failed.</param>
public sealed record MqttTwinConnectionCounters(
    long Received,
    long Unreadable,
    long HandlerFailures,
    long Published,
    long PublishFailures,
    long Acknowledged,
    long AcknowledgeFailures,
    long Connections,
    long Reconnects,
    long FailedConnectionAttempts);
