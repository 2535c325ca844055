using System.Diagnostics;
using MedTwin.Learning.Validation;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>
/// Times a family's whole cross-validation (every fold: recipe fitted and applied, model fitted, held-out rows predicted
/// and scored) with a <see cref="Stopwatch"/>: one untimed warm-up run (JIT, caches), then <see cref="TimedRuns"/> timed
/// runs of which the fastest is reported, the run least disturbed by other work on the machine.
/// </summary>
internal static class FamilyTiming
{
    /// <summary>How many runs are timed after the warm-up.</summary>
    public const int TimedRuns = 3;

    /// <summary>Runs the warm-up and the timed runs; every run gives the same result, so the last one is kept.</summary>
    public static FamilyMeasurement Measure(ModelFamily family, ValidationSetup setup, Folds folds, CrossValidationOptions options)
    {
        var result = CrossValidation.Run(family.Trainer, setup, folds, options);
        var seconds = new double[TimedRuns];
        for (var run = 0; run < TimedRuns; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            result = CrossValidation.Run(family.Trainer, setup, folds, options);
            seconds[run] = stopwatch.Elapsed.TotalSeconds;
        }

        return new FamilyMeasurement(family, seconds, result);
    }
}
