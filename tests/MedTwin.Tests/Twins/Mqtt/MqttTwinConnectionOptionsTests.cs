using MedTwin.Twins.Mqtt;

namespace MedTwin.Tests.Twins.Mqtt;

public sealed class MqttTwinConnectionOptionsTests
{
    [Fact]
    public void A_connection_needs_options_and_a_handler()
    {
        var options = new MqttTwinConnectionOptions { ClientId = "twin" };

        Assert.Throws<ArgumentNullException>(() => new MqttTwinConnection(null!, new ObservationRecorder().HandleAsync));
        Assert.Throws<ArgumentNullException>(() => new MqttTwinConnection(options, null!));
    }

    public static TheoryData<MqttTwinConnectionOptions, string> InvalidOptions => new()
    {
        { new() { ClientId = "twin", Host = " " }, "Host" },
        { new() { ClientId = "twin", Port = 0 }, "Port" },
        { new() { ClientId = "twin", Port = 65536 }, "Port" },
        { new() { ClientId = "" }, "ClientId" },
        { new() { ClientId = null! }, "ClientId" },
        { new() { ClientId = "twin\n1" }, "ClientId" },
        { new() { ClientId = new string('t', 257) }, "ClientId" },
        { new() { ClientId = "twin", SessionExpiry = TimeSpan.Zero }, "SessionExpiry" },
        { new() { ClientId = "twin", KeepAlive = TimeSpan.FromDays(2) }, "KeepAlive" },
        { new() { ClientId = "twin", Timeout = TimeSpan.FromMilliseconds(-1) }, "Timeout" },
        { new() { ClientId = "twin", FirstReconnectDelay = TimeSpan.Zero }, "FirstReconnectDelay" },
        { new() { ClientId = "twin", FirstReconnectDelay = TimeSpan.FromSeconds(5), MaximumReconnectDelay = TimeSpan.FromSeconds(1) }, "MaximumReconnectDelay" },
        { new() { ClientId = "twin", MaximumPayloadBytes = 0 }, "MaximumPayloadBytes" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Options_out_of_range_are_refused_naming_the_option(MqttTwinConnectionOptions options, string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new MqttTwinConnection(options, new ObservationRecorder().HandleAsync));

        Assert.Equal(name, error.ParamName);
    }
}
