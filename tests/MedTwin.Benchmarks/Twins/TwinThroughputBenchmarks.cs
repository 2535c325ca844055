using BenchmarkDotNet.Attributes;
using MedTwin.Data.Snapshots;
using MedTwin.Physiology.Glucose;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Hosting;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;
using MedTwin.Twins.Simulation;
using Microsoft.Data.Sqlite;

namespace MedTwin.Benchmarks.Twins;

/// <summary>
/// Observations per second through one patient's twin: the 2,432 readings of 12 simulated hours (the sepsis-like
/// course; monitor every minute, cuff and thermometer every 15, chart hourly, CGM every 5), each normalised, checked for
/// duplicates and sensor faults, scored for NEWS2 and appended with what it caused to the SQLite event log. The
/// baseline appends the same observations to the log and does nothing else: the cost of durability alone, which no
/// twin can go below. Ops are whole streams; observations per second = 2,432 / mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class TwinThroughputBenchmarks : IDisposable
{
    private IReadOnlyList<Observation> observations = [];
    private string folder = "";
    private SqliteEventLog? log;

    public void Dispose()
    {
        log?.Dispose();
        GC.SuppressFinalize(this);
    }

    [GlobalSetup]
    public void Simulate()
    {
        var catalog = new VirtualPatientCatalog(SnapshotCatalog.Discover(AppContext.BaseDirectory).Open("uva-padova-patients", 1));
        var patient = new SimulatedPatient(new SimulatedPatientOptions
        {
            PatientId = "bed-1",
            GlucosePatient = catalog["adult#001"],
            Seed = 42,
            Vitals = new SepsisLikeCourse().ToTrajectory(),
        });
        observations = patient.Advance(patient.Start.AddHours(12));
    }

    [IterationSetup]
    public void OpenLog()
    {
        folder = Directory.CreateTempSubdirectory("medtwin-twin-benchmark-").FullName;
        log = new SqliteEventLog(Path.Combine(folder, "twin-log"));
    }

    [IterationCleanup]
    public void DeleteLog()
    {
        log!.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "log append only, one durable write per observation")]
    public void LogOnly()
    {
        foreach (var observation in observations)
        {
            log!.Append([new TwinEvent(TwinEventKind.Observation, observation.PatientId, observation.Time, TwinJson.Write(observation))]);
        }
    }

    [Benchmark(Description = "twin + log, one durable write per observation (live)")]
    public void TwinLive()
    {
        var host = new TwinHost(log!, _ => new TwinOptions());
        foreach (var observation in observations)
        {
            host.Accept(observation, observation.Time);
        }
    }

    [Benchmark(Description = "twin + log, 512 observations a write (replay)")]
    public void TwinReplay()
    {
        var host = new TwinHost(log!, _ => new TwinOptions());
        foreach (var batch in observations.Chunk(512))
        {
            host.Accept(batch, batch[^1].Time);
        }
    }

    [Benchmark(Description = "twin alone, no log")]
    public int TwinAlone()
    {
        var twin = new PatientTwin("bed-1", new TwinOptions());
        var alerts = 0;
        foreach (var observation in observations)
        {
            alerts += twin.Accept(observation, observation.Time).Alerts.Count;
        }

        return alerts;
    }
}
