using System.Net;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Notebooks.Tests.Jupyter;

public sealed class ConnectionFileTests
{
    private const string Valid = """
        {"transport": "tcp", "ip": "127.0.0.1", "shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003,
         "control_port": 5004, "hb_port": 5005, "key": "secret", "signature_scheme": "hmac-sha256", "kernel_name": "medtwin-csharp"}
        """;

    [Fact]
    public void A_connection_file_as_jupyter_client_writes_it_gives_the_address_ports_and_key()
    {
        var connection = ConnectionFile.Parse(Valid, "kernel-1.json");

        Assert.Equal(IPAddress.Loopback, connection.IPAddress);
        Assert.Equal((5001, 5002, 5003, 5004, 5005), (connection.ShellPort, connection.IopubPort, connection.StdinPort, connection.ControlPort, connection.HeartbeatPort));
        Assert.Equal("secret", connection.Key);
        Assert.Equal("tcp://127.0.0.1:5001", connection.Endpoint(connection.ShellPort));
    }

    [Fact]
    public void An_IPv6_address_is_bracketed_in_endpoints()
    {
        var connection = ConnectionFile.Parse(Valid.Replace("127.0.0.1", "::1", StringComparison.Ordinal), "kernel-1.json");

        Assert.Equal("tcp://[::1]:5002", connection.Endpoint(connection.IopubPort));
    }

    [Theory]
    [InlineData("{", "Connection file 'k.json': is not valid JSON")]
    [InlineData("[1]", "Connection file 'k.json': expected a JSON object.")]
    public void Text_that_is_not_a_JSON_object_is_refused_naming_the_file(string text, string expected)
    {
        var error = Assert.Throws<ConnectionFileException>(() => ConnectionFile.Parse(text, "k.json"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"key\": \"secret\", ", "", "'key' is missing.")]
    [InlineData("\"key\": \"secret\"", "\"key\": 42", "'key' must be a string; found 42.")]
    [InlineData("\"hb_port\": 5005", "\"hb_port\": 70000", "'hb_port' must be a port number from 1 to 65535; found 70000.")]
    [InlineData("\"shell_port\": 5001, ", "", "'shell_port' is missing.")]
    [InlineData("\"ip\": \"127.0.0.1\"", "\"ip\": \"localhost\"", "'ip' must be an IP address such as \"127.0.0.1\"; found \"localhost\".")]
    [InlineData("\"transport\": \"tcp\"", "\"transport\": \"ipc\"", "'transport' must be \"tcp\"; found \"ipc\".")]
    [InlineData("\"hmac-sha256\"", "\"hmac-md5\"", "'signature_scheme' must be \"hmac-sha256\"; found \"hmac-md5\".")]
    public void A_missing_or_wrong_field_is_refused_naming_the_file_and_the_field(string replace, string with, string expected)
    {
        var text = Valid.Replace(replace, with, StringComparison.Ordinal);

        var error = Assert.Throws<ConnectionFileException>(() => ConnectionFile.Parse(text, "k.json"));

        Assert.Equal($"Connection file 'k.json': {expected}", error.Message);
    }

    [Fact]
    public void An_empty_key_is_accepted_as_the_protocol_allows_and_then_messages_are_unsigned()
    {
        var connection = ConnectionFile.Parse(Valid.Replace("\"secret\"", "\"\"", StringComparison.Ordinal), "k.json");

        Assert.Equal(string.Empty, new MessageSigner(connection.Key).Sign([[1], [2], [3], [4]]));
    }
}
