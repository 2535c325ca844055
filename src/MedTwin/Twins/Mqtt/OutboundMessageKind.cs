namespace MedTwin.Twins.Mqtt;

/// <summary>What a twin publishes, which decides the topic.</summary>
public enum OutboundMessageKind
{
    /// <summary>An alert change, published to <c>medtwin/{patient}/alerts</c>.</summary>
    Alert,

    /// <summary>A control action, published to <c>medtwin/{patient}/actions</c>.</summary>
    Action,
}
