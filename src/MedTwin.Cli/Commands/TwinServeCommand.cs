using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Mqtt;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin twin serve --log LOG [--broker HOST:PORT]</c>: live twins over MQTT until stopped.</summary>
internal static class TwinServeCommand
{
    public static Command Create()
    {
        var log = TwinCommand.LogOption(mustExist: false);
        var patients = TwinCommand.PatientsOption();
        var broker = new Option<string?>("--broker") { Description = "The MQTT broker as host:port. Default: an embedded broker on 127.0.0.1 (see --port)." };
        var port = new Option<int>("--port") { Description = "The embedded broker's port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 1883 };
        var clientId = new Option<string>("--client-id") { Description = "The MQTT client id at --broker; the broker keeps the session under it across restarts.", DefaultValueFactory = _ => "medtwin-twins" };
        var tick = new Option<double>("--check-every") { Description = "Seconds between clock checks for sensor dropouts.", DefaultValueFactory = _ => 30 };
        var command = new Command("serve", "Serve live twins: subscribe to medtwin/+/obs, log every observation, publish alerts and actions; runs until Ctrl+C or SIGTERM.")
        {
            log, patients, broker, port, clientId, tick,
        };
        command.SetAction((result, cancellation) => CommandErrors.GuardAsync(result, async () =>
        {
            var output = result.InvocationConfiguration.Output;
            var interval = result.GetValue(tick);
            if (!double.IsFinite(interval) || interval <= 0)
            {
                throw new ArgumentException($"--check-every must be a positive number of seconds; found {interval.ToString(CultureInfo.InvariantCulture)}.");
            }

            var brokerText = result.GetValue(broker);
            var options = brokerText is null ? null : Address(brokerText, result.GetValue(clientId)!);
            using var events = new SqliteEventLog(result.GetValue(log)!.FullName);
            events.ClaimWriting();
            var host = TwinHost.Recover(events, TwinCommand.Ward(result.GetValue(patients)));
            void WriteLine(string line)
            {
                lock (output)
                {
                    output.WriteLine(line);
                    output.Flush();
                }
            }

            var checkEvery = TimeSpan.FromSeconds(interval);
            await using var service = options is null
                ? await MqttTwinService.StartEmbeddedAsync(host, result.GetValue(port), TimeProvider.System, checkEvery, WriteLine)
                : MqttTwinService.Start(host, options, TimeProvider.System, checkEvery, WriteLine);
            WriteLine(service.Broker is { } embedded
                ? $"twins recovered for {host.Patients.Count} patients; broker {EmbeddedMqttBroker.Host}:{embedded.Port} (embedded)"
                : $"twins recovered for {host.Patients.Count} patients; broker {options!.Host}:{options.Port}");

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            var stopped = Task.Delay(Timeout.Infinite, stop.Token);
            if (await Task.WhenAny(stopped, service.Failed) == service.Failed)
            {
                var failure = (await service.Failed).Message.ReplaceLineEndings(" ");
                await result.InvocationConfiguration.Error.WriteLineAsync($"error: the twins stopped taking observations because the event log failed ({failure}); restart serve to recover them from the log.");
                return 1;
            }

            WriteLine(StopLine(service));
            return 0;
        }));
        return command;
    }

    private static string StopLine(MqttTwinService service)
    {
        if (service.Connection is { } connection)
        {
            var counters = connection.Counters;
            return string.Create(CultureInfo.InvariantCulture, $"stopping: received {counters.Received}, acknowledged {counters.Acknowledged}, published {counters.Published}");
        }

        var (received, failures, published) = service.Broker!.Counters;
        return string.Create(CultureInfo.InvariantCulture, $"stopping: received {received}, acknowledged {received - failures}, published {published}");
    }

    private static MqttTwinConnectionOptions Address(string text, string clientId)
    {
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? new MqttTwinConnectionOptions { Host = text[..colon], Port = port, ClientId = clientId }
            : throw new ArgumentException($"--broker must be host:port with a port of 1 to 65535; found '{text}'.");
    }
}
