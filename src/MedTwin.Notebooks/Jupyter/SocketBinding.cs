using NetMQ;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>Binds a channel's socket to the endpoint the connection file names, with an error that says which channel and where.</summary>
internal static class SocketBinding
{
    /// <exception cref="IOException">The address cannot be listened on (in use, or not an address of this machine).</exception>
    public static void Bind(NetMQSocket socket, string endpoint, string channel)
    {
        try
        {
            socket.Bind(endpoint);
        }
        catch (NetMQException e)
        {
            throw new IOException($"Cannot listen for the {channel} channel on {endpoint} (from the connection file): {e.Message}", e);
        }
    }
}
