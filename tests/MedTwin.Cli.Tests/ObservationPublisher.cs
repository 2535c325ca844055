using System.Collections.Concurrent;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Mqtt;
using MedTwin.Twins.Observations;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace MedTwin.Cli.Tests;

/// <summary>A sensor gateway that publishes observations at QoS 1, several in flight, and records which the broker acknowledged.</summary>
internal sealed class ObservationPublisher : IDisposable
{
    private readonly IMqttClient client = new MqttClientFactory().CreateMqttClient();

    /// <summary>The wire text of every observation the broker acknowledged.</summary>
    public ConcurrentQueue<string> Acknowledged { get; } = new();

    public static async Task<ObservationPublisher> ConnectAsync(int port)
    {
        var publisher = new ObservationPublisher();
        await publisher.client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(EmbeddedMqttBroker.Host, port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithTimeout(TimeSpan.FromSeconds(5))
            .Build());
        return publisher;
    }

    /// <summary>Publishes every observation, at most <paramref name="inFlight"/> unacknowledged at once, until the connection is lost.</summary>
    public async Task PublishAsync(IEnumerable<Observation> observations, int inFlight)
    {
        using var window = new SemaphoreSlim(inFlight);
        var publishes = new List<Task>();
        foreach (var observation in observations)
        {
            await window.WaitAsync();
            if (!client.IsConnected)
            {
                break;
            }

            publishes.Add(PublishOneAsync(observation, window));
        }

        await Task.WhenAll(publishes);
    }

    public void Dispose() => client.Dispose();

    private async Task PublishOneAsync(Observation observation, SemaphoreSlim window)
    {
        var payload = TwinJson.Write(observation);
        try
        {
            var result = await client.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(MqttTopics.Observations(observation.PatientId))
                .WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build());
            if (result.ReasonCode is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers)
            {
                Acknowledged.Enqueue(payload);
            }
        }
        catch (Exception exception) when (exception is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
        {
            // Not acknowledged: the server went away first.
        }
        finally
        {
            window.Release();
        }
    }
}
