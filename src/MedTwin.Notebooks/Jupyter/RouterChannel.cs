using NetMQ;
using NetMQ.Sockets;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// A ROUTER socket carrying signed requests and their replies: the shell, control and stdin channels. A message that
/// fails decoding (malformed, or its signature is bad, missing or seen before) is logged and dropped: it is never handled.
/// </summary>
internal sealed class RouterChannel : IDisposable
{
    private readonly RouterSocket socket = new();
    private readonly Lock sending = new();
    private readonly MessageSigner signer;
    private readonly SignatureHistory history;
    private readonly KernelLog log;

    public RouterChannel(string name, string endpoint, MessageSigner signer, SignatureHistory history, KernelLog log)
    {
        Name = name;
        this.signer = signer;
        this.history = history;
        this.log = log;
        socket.Options.Linger = TimeSpan.FromSeconds(1);
        SocketBinding.Bind(socket, endpoint, name);
    }

    public string Name { get; }

    /// <summary>Waits up to <paramref name="timeout"/> for a valid message; false when none came.</summary>
    public bool TryReceive(TimeSpan timeout, out JupyterMessage message)
    {
        NetMQMessage? frames = null;
        message = null!;
        if (!socket.TryReceiveMultipartMessage(timeout, ref frames))
        {
            return false;
        }

        try
        {
            message = WireFormat.Decode([.. frames.Select(f => f.ToByteArray())], signer, history);
            return true;
        }
        catch (InvalidMessageException e)
        {
            log.Write($"dropped a message on {Name}: {e.Message}");
            return false;
        }
    }

    public void Send(JupyterMessage message)
    {
        var frames = WireFormat.Encode(message, signer);
        lock (sending)
        {
            socket.SendMultipartBytes(frames);
        }
    }

    public void Dispose() => socket.Dispose();
}
