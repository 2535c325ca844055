using BenchmarkDotNet.Attributes;
using MedTwin.Data.Snapshots;

namespace MedTwin.Benchmarks;

/// <summary>Open = read, SHA-256, parse into a typed DataFrame: the largest snapshot, and the whole catalogue.</summary>
[MemoryDiagnoser]
public class SnapshotOpenBenchmarks
{
    private readonly SnapshotCatalog catalog = SnapshotCatalog.Discover(AppContext.BaseDirectory);
    private IReadOnlyList<SnapshotManifest> manifests = [];

    [GlobalSetup]
    public void ListSnapshots() => manifests = catalog.List();

    [Benchmark(Description = "open wdbc-breast-cancer v1 (largest)")]
    public long OpenLargest() => catalog.Open("wdbc-breast-cancer", 1).Data.Rows.Count;

    [Benchmark(Description = "open every snapshot")]
    public long OpenAll() => manifests.Sum(m => catalog.Open(m.Name, m.Version).Data.Rows.Count);
}
