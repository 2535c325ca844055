using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Mqtt;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;
using Microsoft.Data.Sqlite;
using MQTTnet;
using MQTTnet.Protocol;

namespace MedTwin.Benchmarks.Twins;

/// <summary>
/// <c>twin-latency [--rate N] [--seconds S]</c>: end-to-end latency from a sensor gateway's publish to the NEWS2 alert
/// a dashboard receives, through Debian's mosquitto on 127.0.0.1 and <see cref="MqttTwinService"/> with its SQLite log
/// (full sync). Each of rate × seconds patients has a current, unremarkable set of NEWS2 parameters; the gateway then
/// publishes, at a fixed rate, one respiration rate of 25/min per patient (a red score), which raises that patient's
/// alert. Prints p50, p99 and the maximum in milliseconds.
/// </summary>
internal static class TwinLatencyCommand
{
    public const string Name = "twin-latency";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var rate = Option(arguments, "--rate", 50);
        var seconds = Option(arguments, "--seconds", 20);
        var count = rate * seconds;
        using var broker = new MosquittoProcess();
        var folder = Directory.CreateTempSubdirectory("medtwin-latency-").FullName;
        try
        {
            using var log = new SqliteEventLog(Path.Combine(folder, "twin-log"));
            var host = new TwinHost(log, _ => new TwinOptions());
            var now = DateTimeOffset.UtcNow;
            var patients = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"patient-{i:D6}")).ToList();
            foreach (var patient in patients)
            {
                host.Accept(UnremarkableSet(patient, now.AddMinutes(-1)), now);
            }

            var arrived = new ConcurrentDictionary<string, long>();
            await using var service = MqttTwinService.Start(host, new MqttTwinConnectionOptions { Port = broker.Port, ClientId = "twins" }, TimeProvider.System, TimeSpan.FromHours(1));
            await service.Connection!.WaitUntilConnectedAsync(CancellationToken.None);
            using var dashboard = await ClientAsync(broker.Port, "dashboard");
            dashboard.ApplicationMessageReceivedAsync += received =>
            {
                var stamp = Stopwatch.GetTimestamp();
                arrived.TryAdd(received.ApplicationMessage.Topic.Split('/')[1], stamp);
                return Task.CompletedTask;
            };
            await dashboard.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("medtwin/+/alerts", MqttQualityOfServiceLevel.AtLeastOnce).Build());
            using var gateway = await ClientAsync(broker.Port, "gateway");

            var published = new long[count];
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / rate));
            for (var i = 0; i < count; i++)
            {
                await timer.WaitForNextTickAsync();
                var reading = new Observation(patients[i], ObservationCodes.RespiratoryRate, 25, "/min", now, "monitor", 2);
                published[i] = Stopwatch.GetTimestamp();
                await gateway.PublishAsync(new MqttApplicationMessageBuilder()
                    .WithTopic(MqttTopics.Observations(patients[i]))
                    .WithPayload(Encoding.UTF8.GetBytes(TwinJson.Write(reading)))
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                    .Build());
            }

            var deadline = Stopwatch.StartNew();
            while (arrived.Count < count && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50);
            }

            var latencies = patients.Select((patient, i) => arrived.TryGetValue(patient, out var stamp) ? Stopwatch.GetElapsedTime(published[i], stamp).TotalMilliseconds : double.NaN)
                .Where(double.IsFinite).Order().ToArray();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"publish -> NEWS2 alert through mosquitto, {rate}/s for {seconds} s: {latencies.Length} of {count} alerts; p50 {Percentile(latencies, 0.50):0.00} ms, p99 {Percentile(latencies, 0.99):0.00} ms, max {latencies[^1]:0.00} ms"));
            return latencies.Length == count ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<Observation> UnremarkableSet(string patient, DateTimeOffset time) =>
    [
        new(patient, ObservationCodes.RespiratoryRate, 16, "/min", time, "monitor", 1),
        new(patient, ObservationCodes.OxygenSaturation, 97, "%", time, "oximeter", 1),
        new(patient, ObservationCodes.InhaledOxygenFlow, 0, "L/min", time, "chart", 1),
        new(patient, ObservationCodes.SystolicBloodPressure, 125, "mm[Hg]", time, "cuff", 1),
        new(patient, ObservationCodes.HeartRate, 75, "/min", time, "oximeter", 2),
        new(patient, ObservationCodes.Consciousness, 0, "{ACVPU}", time, "chart", 2),
        new(patient, ObservationCodes.BodyTemperature, 36.9, "Cel", time, "thermometer", 1),
    ];

    private static async Task<IMqttClient> ClientAsync(int port, string clientId)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(clientId).WithCleanStart(true).Build());
        return client;
    }

    // Nearest-rank percentile.
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(IReadOnlyList<string> arguments, string name, int fallback)
    {
        var index = arguments.ToList().IndexOf(name);
        return index >= 0 && index + 1 < arguments.Count && int.TryParse(arguments[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }
}
