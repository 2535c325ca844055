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
        var clientId = new Option<string>("--client-id") { Description = "The MQTT client id; the broker keeps the session under it across restarts.", DefaultValueFactory = _ => "medtwin-twins" };
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

            using var events = new SqliteEventLog(result.GetValue(log)!.FullName);
            var host = TwinHost.Recover(events, TwinCommand.Ward(result.GetValue(patients)));
            await using var embedded = result.GetValue(broker) is null ? await EmbeddedMqttBroker.StartAsync(result.GetValue(port)) : null;
            var (address, brokerPort) = embedded is null ? Address(result.GetValue(broker)!) : (EmbeddedMqttBroker.Host, embedded.Port);
            output.WriteLine($"twins recovered for {host.Patients.Count} patients; broker {address}:{brokerPort}{(embedded is null ? "" : " (embedded)")}");
            output.Flush();

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            var options = new MqttTwinConnectionOptions { Host = address, Port = brokerPort, ClientId = result.GetValue(clientId)! };
            await using (var service = MqttTwinService.Start(host, options, TimeProvider.System, TimeSpan.FromSeconds(interval), line =>
            {
                lock (output)
                {
                    output.WriteLine(line);
                    output.Flush();
                }
            }))
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    var counters = service.Connection.Counters;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopping: received {counters.Received}, acknowledged {counters.Acknowledged}, published {counters.Published}"));
                }
            }

            return 0;
        }));
        return command;
    }

    private static (string Host, int Port) Address(string text)
    {
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? (text[..colon], port)
            : throw new ArgumentException($"--broker must be host:port with a port of 1 to 65535; found '{text}'.");
    }
}
