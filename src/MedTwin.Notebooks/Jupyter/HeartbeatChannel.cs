using NetMQ;
using NetMQ.Sockets;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>The heartbeat: a REP socket that sends back whatever it receives, on a thread of its own so a busy cell never delays it.</summary>
internal sealed class HeartbeatChannel : IDisposable
{
    private readonly ResponseSocket socket = new();
    private readonly Thread thread;
    private readonly CancellationTokenSource stopping = new();

    public HeartbeatChannel(string endpoint)
    {
        SocketBinding.Bind(socket, endpoint, "heartbeat");
        thread = new Thread(Echo) { IsBackground = true, Name = "jupyter heartbeat" };
        thread.Start();
    }

    private void Echo()
    {
        NetMQMessage? message = null;
        while (!stopping.IsCancellationRequested)
        {
            if (socket.TryReceiveMultipartMessage(TimeSpan.FromMilliseconds(200), ref message))
            {
                socket.SendMultipartMessage(message);
            }
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        thread.Join();
        socket.Dispose();
        stopping.Dispose();
    }
}
