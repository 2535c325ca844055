using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MedTwin.Cli.Tests.Jupyter;

/// <summary>What the kernel tests ask the operating system: free ports, whether a process still runs, where ports listen.</summary>
internal static class LocalProcesses
{
    private static readonly string[] TcpTables = ["/proc/net/tcp", "/proc/net/tcp6"];

    /// <summary>Ports free on 127.0.0.1 at the moment of asking, all different.</summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    /// <summary>Whether process <paramref name="id"/> runs; a zombie (ended, not yet reaped) does not.</summary>
    public static bool IsRunning(int id)
    {
        var stat = $"/proc/{id}/stat";
        if (Directory.Exists("/proc/self"))
        {
            try
            {
                var text = File.ReadAllText(stat);
                return text[(text.LastIndexOf(')') + 2)] != 'Z';
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The local addresses TCP sockets listen on at <paramref name="port"/>, from Linux's /proc/net/tcp and tcp6.</summary>
    public static IReadOnlyList<IPAddress> ListeningAddresses(int port)
    {
        var addresses = new List<IPAddress>();
        foreach (var table in TcpTables.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1].Split(':');
                if (fields[3] == "0A" && int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    addresses.Add(Address(local[0]));
                }
            }
        }

        return addresses;
    }

    // The kernel writes addresses as the host's 32-bit words in hex: little-endian bytes within each word.
    private static IPAddress Address(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new IPAddress(bytes);
    }
}
