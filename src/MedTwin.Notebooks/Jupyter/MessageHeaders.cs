using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// Makes the headers of the messages one kernel sends: one session id for the kernel's life, message ids that count
/// up within it, as ipykernel's are.
/// </summary>
public sealed class MessageHeaders
{
    /// <summary>The protocol version MedTwin's kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    private long count;

    /// <summary>The kernel's session id: random, because front ends tell kernels apart by it (it never reaches a notebook's outputs).</summary>
    public string Session { get; } = RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>A new header for a message of <paramref name="messageType"/>.</summary>
    public JsonObject Create(string messageType) => new()
    {
        ["msg_id"] = string.Create(CultureInfo.InvariantCulture, $"{Session}_{Interlocked.Increment(ref count)}"),
        ["session"] = Session,
        ["username"] = "kernel",
        // The protocol asks for the time a message was made; it is message metadata, never a cell's output.
        ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["msg_type"] = messageType,
        ["version"] = ProtocolVersion,
    };

    /// <summary>A message of <paramref name="messageType"/> that answers <paramref name="parent"/>, routed back to its sender.</summary>
    public JupyterMessage Reply(JupyterMessage parent, string messageType, JsonObject content, JsonObject? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return new JupyterMessage(parent.Identities, Create(messageType), (JsonObject)parent.Header.DeepClone(), metadata ?? [], content);
    }
}
