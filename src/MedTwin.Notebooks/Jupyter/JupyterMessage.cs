using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// One message of the Jupyter messaging protocol: the routing identities it came with, its header, the header of the
/// request it answers, metadata and content. See https://jupyter-client.readthedocs.io/en/stable/messaging.html.
/// </summary>
/// <param name="Identities">The ZeroMQ routing prefix: who to answer on a ROUTER socket, the topic on iopub.</param>
/// <param name="Header">msg_id, session, username, date, msg_type, version.</param>
/// <param name="ParentHeader">The header of the request this message answers; empty for none.</param>
/// <param name="Metadata">Free-form metadata.</param>
/// <param name="Content">The message type's content.</param>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content)
{
    /// <summary>The message type, e.g. <c>execute_request</c>; empty if the header names none.</summary>
    public string MessageType => Header["msg_type"] is JsonValue type && type.TryGetValue<string>(out var name) ? name : string.Empty;
}
