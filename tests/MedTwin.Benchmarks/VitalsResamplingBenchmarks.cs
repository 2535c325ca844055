using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MedTwin.Data.TimeSeries;

namespace MedTwin.Benchmarks;

/// <summary>
/// A 1,000,000-row synthetic vitals table (seeded: 250 patients × 4 codes × 1,000 values about a minute apart, with
/// jitter and 0.5 % implausible values) read into series, resampled to a 5-minute grid by mean and checked against
/// plausible ranges. The "Rows/s" column is 1,000,000 divided by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Settings))]
public class VitalsResamplingBenchmarks
{
    /// <summary>Rows in the synthetic table.</summary>
    public const int Rows = 1_000_000;

    private const int Seed = 20240301;
    private static readonly string[] Codes = ["heart-rate", "resp-rate", "spo2", "systolic-bp"];
    private static readonly PlausibleRange[] Ranges =
        [new("heart-rate", 20, 250), new("resp-rate", 4, 60), new("spo2", 50, 100), new("systolic-bp", 50, 260)];

    private string[] patients = [];
    private DateTime[] times = [];
    private string[] codes = [];
    private double[] values = [];
    private VitalSigns read = VitalSigns.FromObservations([]);

    /// <summary>Generates the table from a fixed seed, and reads it once for the benchmarks that start from series.</summary>
    [GlobalSetup]
    public void Generate()
    {
        var random = new Random(Seed);
        const int perSeries = Rows / 250 / 4;
        (patients, times, codes, values) = (new string[Rows], new DateTime[Rows], new string[Rows], new double[Rows]);
        var start = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var row = 0;
        for (var p = 0; p < 250; p++)
        {
            var patient = "patient-" + p.ToString("000", CultureInfo.InvariantCulture);
            var offset = TimeSpan.FromSeconds(random.Next(0, 3600));
            for (var k = 0; k < perSeries; k++)
            {
                for (var c = 0; c < Codes.Length; c++, row++)
                {
                    patients[row] = patient;
                    codes[row] = Codes[c];
                    times[row] = start + offset + TimeSpan.FromSeconds((60 * k) + random.Next(-20, 21));
                    values[row] = random.NextDouble() < 0.005 ? 999 : Typical(c, random);
                }
            }
        }

        read = VitalSigns.FromArrays(patients, times, codes, values);
    }

    /// <summary>Tidy arrays into one sorted series per patient and code.</summary>
    [Benchmark(Description = "read 1M rows into series")]
    public int Read() => VitalSigns.FromArrays(patients, times, codes, values).Series.Count;

    /// <summary>Resample to 5 minutes by mean, then set implausible values missing.</summary>
    [Benchmark(Description = "resample 5 min + range check")]
    public int ResampleAndCheck() => read.Resample(TimeSpan.FromMinutes(5), GridAggregation.Mean).CheckRanges(Ranges, OutOfRangeAction.SetMissing).Report.Violations.Count;

    /// <summary>Range check on the raw values (set missing), then resample to 5 minutes by mean: read included.</summary>
    [Benchmark(Description = "read + range check + resample 5 min")]
    public int Pipeline() => VitalSigns.FromArrays(patients, times, codes, values)
        .CheckRanges(Ranges, OutOfRangeAction.SetMissing).Vitals
        .Resample(TimeSpan.FromMinutes(5), GridAggregation.Mean).Series.Count;

    private static double Typical(int code, Random random) => code switch
    {
        0 => 60 + (40 * random.NextDouble()),
        1 => 12 + (8 * random.NextDouble()),
        2 => 92 + (8 * random.NextDouble()),
        _ => 100 + (50 * random.NextDouble()),
    };

    /// <summary>A short job (each operation takes a fraction of a second), plus the rows-per-second column.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
            AddColumn(new RowsPerSecondColumn());
        }
    }

    /// <summary>1,000,000 rows divided by the mean time of one operation.</summary>
    private sealed class RowsPerSecondColumn()
        : DerivedColumn("Rows/s", UnitType.Dimensionless, "Rows of the 1,000,000-row table processed per second (rows / mean)")
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } statistics
                ? (Rows / (statistics.Mean / 1e9)).ToString("#,0", CultureInfo.InvariantCulture)
                : "-";
    }
}
