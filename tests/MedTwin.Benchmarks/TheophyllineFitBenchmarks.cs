using BenchmarkDotNet.Attributes;
using MedTwin.Data.Snapshots;
using MedTwin.Physiology.Calibration;

namespace MedTwin.Benchmarks;

/// <summary>
/// The 12 theophylline fits of notebook 04: one-compartment oral model per subject, Levenberg–Marquardt on the log
/// parameters from eight seeded starts. R's nlsList on the same data is the peer (Peers/theophylline_fits.R).
/// </summary>
[MemoryDiagnoser]
public class TheophyllineFitBenchmarks
{
    private readonly LevenbergMarquardtOptions options = new() { Seed = 2026 };
    private IReadOnlyList<(double Dose, double[] Times, double[] Concentrations)> subjects = [];

    [GlobalSetup]
    public void LoadSubjects()
    {
        var data = SnapshotCatalog.Discover(AppContext.BaseDirectory).Open("theophylline", 1).Data;
        subjects = [.. Enumerable.Range(0, (int)data.Rows.Count)
            .GroupBy(i => (string)data["Subject"][i]!)
            .Select(rows => (
                Convert.ToDouble(data["Dose"][rows.First()], System.Globalization.CultureInfo.InvariantCulture),
                rows.Select(i => Convert.ToDouble(data["Time"][i], System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                rows.Select(i => Convert.ToDouble(data["conc"][i], System.Globalization.CultureInfo.InvariantCulture)).ToArray()))];
    }

    [Benchmark(Description = "12 theophylline fits, 8 starts each")]
    public double FitAll() =>
        subjects.Sum(s => LevenbergMarquardt.Fit(OneCompartmentOralFit.Problem(s.Dose, s.Times, s.Concentrations, 0.08, 1.5, 0.04), options).ResidualSumOfSquares);
}
