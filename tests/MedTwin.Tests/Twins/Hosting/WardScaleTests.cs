using MedTwin.Tests.Support;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Patient;
using MedTwin.Twins.Replay;
using Microsoft.Data.Sqlite;

namespace MedTwin.Tests.Twins.Hosting;

public sealed class WardScaleTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public void Ten_thousand_patients_replayed_concurrently_each_get_their_own_twin_with_every_observation_logged_once()
    {
        const int Patients = 10_000;
        var observations = WardRecording.Observations(Patients, 10, seed: 13);
        using var log = new SqliteEventLog(Path.Combine(folder.Root, "ward.twin-log"));
        var host = new TwinHost(log, _ => new TwinOptions());

        var summary = TwinReplay.Run(WardRecording.Lines(observations), host, new ReplayOptions { Parallelism = 4 });

        Assert.Equal((observations.Count, observations.Count, 0L), (summary.Lines, summary.Accepted, summary.RejectedTotal));
        Assert.Equal(Patients, host.Patients.Count);
        Assert.Equal(observations.Count, log.Count(TwinEventKind.Observation));
        var perPatient = observations.CountBy(o => o.PatientId).ToDictionary();
        Assert.All(host.Patients, patient => Assert.Equal(perPatient[patient], host.State(patient)!.Counters.Accepted));
        Assert.Equal(summary.Alerts, log.Count(TwinEventKind.Alert));
    }
}
