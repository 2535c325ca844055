using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MedTwin.Benchmarks.Twins;

/// <summary>Debian's mosquitto on 127.0.0.1 at a free port, without persistence, for the duration of a measurement.</summary>
internal sealed class MosquittoProcess : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("medtwin-mosquitto-").FullName;
    private readonly Process process;

    public MosquittoProcess()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var configuration = Path.Combine(folder, "mosquitto.conf");
        File.WriteAllText(configuration, $"listener {Port} 127.0.0.1\nallow_anonymous true\nmax_queued_messages 100000\n");
        process = Process.Start(new ProcessStartInfo(Binary(), ["-c", configuration]) { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("mosquitto did not start.");
        var clock = Stopwatch.StartNew();
        while (!Accepts(Port))
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(5))
            {
                throw new InvalidOperationException($"mosquitto did not listen on 127.0.0.1:{Port} within 5 s.");
            }

            Thread.Sleep(20);
        }
    }

    public int Port { get; }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static string Binary() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/sbin")
            .Select(directory => Path.Combine(directory, "mosquitto"))
            .FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException("mosquitto is not installed (Debian: apt-get install mosquitto).");

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
