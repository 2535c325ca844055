using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// The stdin channel: the kernel asks the front end that sent a request for a line of input (<c>input_request</c>)
/// and waits for its <c>input_reply</c>.
/// </summary>
internal sealed class StdinChannel(RouterChannel channel, MessageHeaders headers) : IDisposable
{
    /// <summary>Asks the sender of <paramref name="request"/> for a line; an interrupt (<paramref name="cancellationToken"/>) stops the wait.</summary>
    /// <exception cref="OperationCanceledException">The cell was interrupted while waiting.</exception>
    public string RequestInput(JupyterMessage request, string prompt, CancellationToken cancellationToken)
    {
        channel.Send(headers.Reply(request, "input_request", new JsonObject { ["prompt"] = prompt, ["password"] = false }));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (channel.TryReceive(TimeSpan.FromMilliseconds(100), out var reply) && reply.MessageType == "input_reply")
            {
                return reply.Content["value"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : string.Empty;
            }
        }
    }

    public void Dispose() => channel.Dispose();
}
