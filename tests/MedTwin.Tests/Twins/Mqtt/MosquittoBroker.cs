using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MedTwin.Tests.Twins.Mqtt;

/// <summary>
/// Debian's mosquitto on 127.0.0.1 at a free port, with its configuration, persistence and log in a throw-away folder.
/// <see cref="Stop"/> ends it the way a service manager does (SIGTERM, so its queued messages are saved) and
/// <see cref="Start"/> brings it back on the same port with what it saved.
/// </summary>
internal sealed class MosquittoBroker : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "medtwin-tests", "mosquitto-" + Path.GetRandomFileName());
    private Process? _process;

    private MosquittoBroker(int port)
    {
        Port = port;
        Directory.CreateDirectory(_folder);
        File.WriteAllText(ConfigurationFile, $"""
            listener {port} {Host}
            allow_anonymous true
            persistence true
            persistence_location {_folder}/
            log_dest file {LogFile}
            log_type error
            log_type warning
            log_type notice
            log_type information
            user {Environment.UserName}
            max_queued_messages 10000
            """);
    }

    public const string Host = "127.0.0.1";

    public int Port { get; }

    public string LogFile => Path.Combine(_folder, "mosquitto.log");

    private string ConfigurationFile => Path.Combine(_folder, "mosquitto.conf");

    /// <summary>A broker on a free port, started.</summary>
    public static MosquittoBroker Start() => StartOn(FreePort());

    /// <summary>A broker on <paramref name="port"/>, started.</summary>
    public static MosquittoBroker StartOn(int port)
    {
        var broker = new MosquittoBroker(port);
        try
        {
            broker.StartAgain();
            return broker;
        }
        catch
        {
            broker.Dispose();
            throw;
        }
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the broker (again) on its port and waits until it accepts connections.</summary>
    public void StartAgain()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"mosquitto already runs on port {Port}.");
        }

        _process?.Dispose();
        _process = Process.Start(new ProcessStartInfo(Executable(), ["-c", ConfigurationFile])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!AcceptsConnections())
        {
            if (_process.HasExited || deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException(
                    $"mosquitto did not start listening on {Host}:{Port} within {StartTimeout.TotalSeconds} s (exit code {(_process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "none, still running")}). Its log:\n{ReadLog()}");
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>Ends the broker with SIGTERM, so it saves its sessions and queued messages, and waits until it has.</summary>
    public void Stop()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            kill.WaitForExit();
            if (kill.ExitCode != 0)
            {
                throw new InvalidOperationException($"Could not send SIGTERM to mosquitto (process {_process.Id}): kill exited with {kill.ExitCode}.");
            }
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            throw new InvalidOperationException($"mosquitto (process {_process.Id}) did not stop within 5 s of SIGTERM. Its log:\n{ReadLog()}");
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(TimeSpan.FromSeconds(5));
        }

        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log written)";

    private bool AcceptsConnections()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Executable()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "mosquitto"));
        return onPath.Append("/usr/sbin/mosquitto").FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("mosquitto is not installed: it is neither on PATH nor /usr/sbin/mosquitto. environment/install-test-peers.sh installs it.");
    }
}
