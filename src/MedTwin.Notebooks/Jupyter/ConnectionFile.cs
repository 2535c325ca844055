using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// What a front end tells a kernel in its connection file: where the five sockets listen and the key that signs every
/// message. See https://jupyter-client.readthedocs.io/en/stable/kernels.html#connection-files.
/// </summary>
/// <param name="IPAddress">The one address all sockets bind to.</param>
/// <param name="ShellPort">Requests from front ends.</param>
/// <param name="IopubPort">What the kernel publishes: status, inputs and outputs.</param>
/// <param name="StdinPort">Input the kernel asks the front end for.</param>
/// <param name="ControlPort">Requests that must not wait behind a running cell: interrupt, shutdown.</param>
/// <param name="HeartbeatPort">Echoes that tell the front end the kernel is alive.</param>
/// <param name="Key">The HMAC key; empty means messages are not signed.</param>
public sealed record ConnectionFile(IPAddress IPAddress, int ShellPort, int IopubPort, int StdinPort, int ControlPort, int HeartbeatPort, string Key)
{
    /// <summary>The only signature scheme MedTwin's kernel speaks.</summary>
    public const string SignatureScheme = "hmac-sha256";

    /// <summary>Reads the connection file at <paramref name="path"/>.</summary>
    /// <exception cref="ConnectionFileException">The file is missing, not JSON, or a field is missing or wrong; the message names it.</exception>
    public static ConnectionFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConnectionFileException(path, $"cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses a connection file's text; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="ConnectionFileException">The text is not JSON, or a field is missing or wrong; the message names it.</exception>
    public static ConnectionFile Parse(string text, string path)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject ?? throw new ConnectionFileException(path, "expected a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ConnectionFileException(path, $"is not valid JSON ({e.Message}).", e);
        }

        var transport = RequiredString(json, "transport", path);
        if (transport != "tcp")
        {
            throw new ConnectionFileException(path, $"'transport' must be \"tcp\"; found \"{transport}\".");
        }

        var scheme = RequiredString(json, "signature_scheme", path);
        if (scheme != SignatureScheme)
        {
            throw new ConnectionFileException(path, $"'signature_scheme' must be \"{SignatureScheme}\"; found \"{scheme}\".");
        }

        var ip = RequiredString(json, "ip", path);
        if (!IPAddress.TryParse(ip, out var address))
        {
            throw new ConnectionFileException(path, $"'ip' must be an IP address such as \"127.0.0.1\"; found \"{ip}\".");
        }

        return new ConnectionFile(
            address,
            Port(json, "shell_port", path),
            Port(json, "iopub_port", path),
            Port(json, "stdin_port", path),
            Port(json, "control_port", path),
            Port(json, "hb_port", path),
            RequiredString(json, "key", path));
    }

    /// <summary>The ZeroMQ endpoint of <paramref name="port"/>, e.g. <c>tcp://127.0.0.1:5555</c>.</summary>
    public string Endpoint(int port)
    {
        var host = IPAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{IPAddress}]" : IPAddress.ToString();
        return string.Create(CultureInfo.InvariantCulture, $"tcp://{host}:{port}");
    }

    private static string RequiredString(JsonObject json, string name, string path) =>
        json[name] switch
        {
            null => throw new ConnectionFileException(path, $"'{name}' is missing."),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            var other => throw new ConnectionFileException(path, $"'{name}' must be a string; found {other.ToJsonString()}."),
        };

    private static int Port(JsonObject json, string name, string path) =>
        json[name] switch
        {
            null => throw new ConnectionFileException(path, $"'{name}' is missing."),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var port) && port is > 0 and <= 65535 => port,
            var other => throw new ConnectionFileException(path, $"'{name}' must be a port number from 1 to 65535; found {other.ToJsonString()}."),
        };
}
