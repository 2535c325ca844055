using BenchmarkDotNet.Attributes;
using MedTwin.Data.Preparation;
using MedTwin.Data.Snapshots;
using Microsoft.Data.Analysis;

namespace MedTwin.Benchmarks;

/// <summary>
/// The full Pima cleaning recipe (zeros to missing, plausibility ranges, median imputation), fitted and applied to the
/// 768-row snapshot. Peers/pima_recipe.py times the same steps in pandas + scikit-learn.
/// </summary>
[MemoryDiagnoser]
public class PimaRecipeBenchmarks
{
    private static readonly string[] Measured = ["glucose", "pressure", "triceps", "insulin", "mass"];

    private readonly PreparationRecipe recipe = new()
    {
        Name = "pima-cleaning",
        Steps =
        [
            new DeclareMissing { Columns = Measured, Values = [0] },
            new CheckPlausibility
            {
                Columns =
                [
                    new PlausibleRange { Column = "glucose", Unit = "mg/dL" },
                    new PlausibleRange { Column = "pressure", Unit = "mm[Hg]", Variable = "diastolicBloodPressure" },
                    new PlausibleRange { Column = "mass", Unit = "kg/m2", Variable = "bmi" },
                ],
            },
            new Impute { Columns = Measured, Method = ImputeMethod.Median },
        ],
    };

    private DataFrame pima = new();

    [GlobalSetup]
    public void OpenSnapshot() => pima = SnapshotCatalog.Discover(AppContext.BaseDirectory).Open("pima-diabetes", 1).Data;

    [Benchmark(Description = "Pima cleaning recipe: fit + apply, 768 rows")]
    public long FitAndApply() => recipe.Apply(pima).Data.Rows.Count;
}
