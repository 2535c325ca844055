using MedTwin.Tests.Support;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Mqtt;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;
using MedTwin.Twins.Replay;
using Microsoft.Data.Sqlite;

namespace MedTwin.Tests.Twins.Hosting;

/// <summary>The host's, the replay's and the live service's entry points refuse what cannot work, naming it.</summary>
public sealed class TwinEntryPointBadInputTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new();
    private readonly SqliteEventLog log;

    public TwinEntryPointBadInputTests() => log = new SqliteEventLog(Path.Combine(folder.Root, "bad-input.twin-log"));

    public void Dispose()
    {
        log.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private TwinHost Host() => new(log, _ => new TwinOptions());

    [Fact]
    public void A_host_needs_a_log_and_a_ward()
    {
        Assert.Equal("log", Assert.Throws<ArgumentNullException>(() => new TwinHost(null!, _ => null)).ParamName);
        Assert.Equal("optionsFor", Assert.Throws<ArgumentNullException>(() => new TwinHost(log, null!)).ParamName);
    }

    [Fact]
    public void A_batch_with_a_null_observation_is_refused_naming_its_index_and_logs_nothing()
    {
        var good = new Observation("p-1", ObservationCodes.HeartRate, 70, "/min", WardRecording.Start, "m", 1);

        var error = Assert.Throws<ArgumentException>(() => Host().Accept([good, null!], WardRecording.Start));

        Assert.StartsWith("Observation 1 is null.", error.Message, StringComparison.Ordinal);
        Assert.Empty(log.ReadAll());
    }

    [Fact]
    public void A_patient_without_a_twin_has_no_state_and_a_blank_patient_is_an_unknown_one()
    {
        var host = Host();

        var update = host.Accept(new Observation(" ", ObservationCodes.HeartRate, 70, "/min", WardRecording.Start, "m", 1), WardRecording.Start);

        Assert.Equal(RejectionReason.UnknownPatient, update.Rejection!.Reason);
        Assert.Null(host.State("nobody"));
        Assert.Empty(host.Patients);
    }

    [Fact]
    public void A_recording_line_with_neither_an_observation_nor_a_rejection_is_refused_naming_the_line()
    {
        var error = Assert.Throws<ArgumentException>(() => TwinReplay.Run([new RecordedLine(7, null, null)], Host()));

        Assert.Contains("Line 7 holds neither an observation nor a rejection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_options_that_cannot_work_are_refused_naming_the_option()
    {
        var lines = WardRecording.Lines(WardRecording.Observations(1, 1, seed: 1));

        Assert.Equal("Parallelism", Assert.Throws<ArgumentOutOfRangeException>(() => TwinReplay.Run(lines, Host(), new ReplayOptions { Parallelism = 0 })).ParamName);
        Assert.Equal("BatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => TwinReplay.Run(lines, Host(), new ReplayOptions { BatchSize = 0 })).ParamName);
        Assert.Equal("TickInterval", Assert.Throws<ArgumentOutOfRangeException>(() => TwinReplay.Run(lines, Host(), new ReplayOptions { TickInterval = TimeSpan.Zero })).ParamName);
        Assert.Empty(log.ReadAll());
    }

    [Fact]
    public void An_empty_recording_replays_to_nothing()
    {
        var summary = TwinReplay.Run([], Host());

        Assert.Equal((0L, 0L, (DateTimeOffset?)null), (summary.Lines, summary.Accepted, summary.Start));
    }

    [Fact]
    public void A_live_service_needs_a_positive_check_interval()
    {
        var options = new MqttTwinConnectionOptions { ClientId = "twins" };

        Assert.Equal("tickInterval", Assert.Throws<ArgumentOutOfRangeException>(() => MqttTwinService.Start(Host(), options, TimeProvider.System, TimeSpan.Zero)).ParamName);
        Assert.Equal("host", Assert.Throws<ArgumentNullException>(() => MqttTwinService.Start(null!, options, TimeProvider.System, TimeSpan.FromSeconds(1))).ParamName);
    }
}
