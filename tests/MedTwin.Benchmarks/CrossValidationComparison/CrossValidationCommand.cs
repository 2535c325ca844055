using MedTwin.Data.Snapshots;
using MedTwin.Learning.Metrics;
using MedTwin.Learning.Validation;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>
/// <c>cross-validation --out DIR</c>: seeded stratified 10-fold cross-validation of each model family on Pima and WDBC,
/// timed; writes <c>folds-&lt;data set&gt;.csv</c> and <c>medtwin-&lt;data set&gt;.json</c> to DIR for
/// Peers/cross_validation.py, which runs scikit-learn on the same folds and prints the ratios.
/// </summary>
internal static class CrossValidationCommand
{
    /// <summary>The first argument that selects this mode instead of BenchmarkDotNet's switcher.</summary>
    public const string Name = "cross-validation";

    private const int FoldCount = 10;
    private const int Seed = 42;

    /// <summary>Runs the comparison's MedTwin side; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> arguments)
    {
        if (arguments is not ["--out", var output])
        {
            Console.Error.WriteLine($"usage: {Name} --out DIR");
            return 2;
        }

        Directory.CreateDirectory(output);

        // The pooled AUC needs no interval here: one bootstrap resample (the least allowed) keeps its cost out of the timing.
        var options = new CrossValidationOptions { Seed = Seed, Metrics = [Metric.RocAuc], BootstrapResamples = 1 };
        foreach (var dataSet in ComparisonDataSets.Open(SnapshotCatalog.Discover(AppContext.BaseDirectory)))
        {
            var folds = Folds.StratifiedKFold(dataSet.Setup.Labels(), FoldCount, Seed);
            FoldFile.Write(Path.Combine(output, $"folds-{dataSet.Name}.csv"), folds);
            var measurements = new List<FamilyMeasurement>();
            foreach (var family in ModelFamilies.For(dataSet))
            {
                var measurement = FamilyTiming.Measure(family, dataSet.Setup, folds, options);
                Console.WriteLine(FormattableString.Invariant(
                    $"{dataSet.Name,-5} {family.Id,-24} {measurement.BestSeconds,9:F4} s  mean-fold AUC {measurement.MeanFoldAuc:F4}  pooled AUC {measurement.PooledAuc:F4}"));
                measurements.Add(measurement);
            }

            ResultFile.Write(Path.Combine(output, $"medtwin-{dataSet.Name}.json"), dataSet, folds, measurements);
        }

        return 0;
    }
}
