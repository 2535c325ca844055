using System.Text;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>The PUB socket that broadcasts status, inputs and outputs to every front end; safe to publish on from any thread.</summary>
internal sealed class IopubChannel : IDisposable
{
    private readonly PublisherSocket socket = new();
    private readonly Lock sending = new();
    private readonly MessageSigner signer;
    private readonly MessageHeaders headers;

    public IopubChannel(string endpoint, MessageSigner signer, MessageHeaders headers)
    {
        this.signer = signer;
        this.headers = headers;
        socket.Options.Linger = TimeSpan.FromSeconds(1);
        SocketBinding.Bind(socket, endpoint, "iopub");
    }

    /// <summary>Publishes a message of <paramref name="messageType"/> caused by <paramref name="parent"/> (null: none).</summary>
    public void Publish(string messageType, JsonObject content, JupyterMessage? parent)
    {
        byte[] topic = Encoding.UTF8.GetBytes($"kernel.{headers.Session}.{messageType}");
        var message = new JupyterMessage([topic], headers.Create(messageType), parent is null ? [] : (JsonObject)parent.Header.DeepClone(), [], content);
        var frames = WireFormat.Encode(message, signer);
        lock (sending)
        {
            socket.SendMultipartBytes(frames);
        }
    }

    /// <summary>Publishes <c>status</c> with <paramref name="state"/>: busy, idle or starting.</summary>
    public void PublishStatus(string state, JupyterMessage? parent) => Publish("status", new JsonObject { ["execution_state"] = state }, parent);

    public void Dispose() => socket.Dispose();
}
