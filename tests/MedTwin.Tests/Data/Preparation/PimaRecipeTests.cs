using System.Globalization;
using MedTwin.Data.Preparation;
using MedTwin.Tests.Support;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

/// <summary>The cleaning of the Pima snapshot: its published zeros declared missing, ranges checked, medians imputed.</summary>
public sealed class PimaRecipeTests
{
    private static readonly string[] Measured = ["glucose", "pressure", "triceps", "insulin", "mass"];

    internal static PreparationRecipe Cleaning() => new()
    {
        Name = "pima-cleaning",
        Description = "Zeros mean 'not measured'; implausible values become missing; medians fill the gaps.",
        Steps =
        [
            new DeclareMissing { Columns = Measured, Values = [0] },
            new CheckPlausibility
            {
                Columns =
                [
                    new PlausibleRange { Column = "glucose", Unit = "mg/dL" },
                    new PlausibleRange { Column = "pressure", Unit = "mm[Hg]", Variable = "diastolicBloodPressure" },
                    new PlausibleRange { Column = "triceps", Unit = "mm", Low = 1, High = 100 },
                    new PlausibleRange { Column = "mass", Unit = "kg/m2", Variable = "bmi" },
                    new PlausibleRange { Column = "age", Unit = "a" },
                ],
            },
            new Impute { Columns = Measured, Method = ImputeMethod.Median },
        ],
    };

    [Fact]
    public void The_report_counts_the_published_zeros_declared_missing_and_then_imputed()
    {
        var pima = Pima();

        var result = Cleaning().Apply(pima);

        var declared = result.Report[1];
        Assert.Equal(
            [("glucose", 5L), ("pressure", 35L), ("triceps", 227L), ("insulin", 374L), ("mass", 11L)],
            declared.Columns.Select(c => (c.Column, c.MissingAfter!.Value)));
        Assert.All(declared.Columns, c => Assert.Equal(0, c.MissingBefore));
        Assert.Equal(652, declared.CellsChanged);
        Assert.Equal(652, declared.Changes.Count);
        Assert.All(declared.Changes, c => Assert.Equal(("0", null), (c.Before, c.After)));
        Assert.Equal(0, result.Report[2].CellsChanged);
        Assert.Equal(652, result.Report[3].CellsChanged);
        Assert.All(Measured, column => Assert.Equal(0, result.Data[column].NullCount));
        Assert.Equal((768, 768), (result.Report.RowsBefore, result.Report.RowsAfter));
        Assert.Equal(["pregnant", "glucose", "pressure", "triceps", "insulin", "mass", "pedigree", "age", "diabetes"], result.Data.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Range_checks_take_their_units_from_the_snapshot_manifest()
    {
        var columns = new MedTwin.Data.Snapshots.SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Manifest.Columns;

        var pressure = PlausibleRange.For(columns.Single(c => c.Name == "pressure"), "diastolicBloodPressure");

        Assert.Equal(new PlausibleRange { Column = "pressure", Unit = "mm[Hg]", Variable = "diastolicBloodPressure" }, pressure);
        Assert.Throws<ArgumentException>(() => PlausibleRange.For(columns.Single(c => c.Name == "pedigree")));
    }

    [Fact]
    public void The_imputed_values_are_the_medians_of_the_measured_values()
    {
        var pima = Pima();

        var result = Cleaning().Apply(pima);

        var insulin = Values(pima, "insulin").Cast<int>().Where(v => v != 0).Order().ToArray();
        Assert.Equal(394, insulin.Length);
        var median = (insulin[196] + insulin[197]) / 2.0;
        Assert.Equal(new LearntStatistic("insulin", "median", median), result.Report[3].Statistics[3]);
        Assert.Equal(median, result.Data["insulin"][0]);
        Assert.Equal(0, pima["insulin"][0]);
    }

    [Fact]
    public void The_same_recipe_on_the_same_snapshot_gives_byte_identical_data_and_report_whatever_the_culture()
    {
        var first = Cleaning().Apply(Pima());
        var saved = CultureInfo.CurrentCulture;
        PreparationResult second;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            second = PreparationRecipe.FromJson(Cleaning().ToJson()).Apply(Pima());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(Text(first.Data), Text(second.Data));
        Assert.Equal(first.Report.ToText(), second.Report.ToText());
        Assert.Equal(first.Report.Changes, second.Report.Changes);
        Assert.Equal(first.Report.Columns, second.Report.Columns);
    }

    /// <summary>The whole report is pinned beside this file; on a difference the new text is written beside it as <c>.received.txt</c>.</summary>
    [Fact]
    public void The_report_renders_as_aligned_text()
    {
        var text = Cleaning().Apply(Pima()).Report.ToText();

        var verified = Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Data", "Preparation", $"{nameof(PimaRecipeTests)}.{nameof(The_report_renders_as_aligned_text)}.verified.txt");
        var received = Path.ChangeExtension(Path.ChangeExtension(verified, null), ".received.txt");
        var expected = File.ReadAllText(verified).ReplaceLineEndings("\n");
        if (text != expected)
        {
            File.WriteAllText(received, text);
        }
        else
        {
            File.Delete(received);
        }

        Assert.Equal(expected, text);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
