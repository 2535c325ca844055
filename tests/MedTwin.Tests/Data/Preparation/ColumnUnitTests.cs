using MedTwin.Data.Preparation;
using MedTwin.Data.Snapshots;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class ColumnUnitTests
{
    private static Snapshot PimaSnapshot() => new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1);

    private static Dictionary<string, string> Units(params (string Column, string Unit)[] units) =>
        units.ToDictionary(u => u.Column, u => u.Unit, StringComparer.Ordinal);

    [Fact]
    public void A_snapshot_gives_the_units_its_manifest_declares_in_file_order()
    {
        Assert.Equal(
            ["pregnant={count}", "glucose=mg/dL", "pressure=mm[Hg]", "triceps=mm", "insulin=u[IU]/mL", "mass=kg/m2", "age=a"],
            PimaSnapshot().Units.Select(u => $"{u.Key}={u.Value}"));
    }

    [Fact]
    public void A_conversion_without_a_declared_unit_starts_from_the_snapshot_s_and_the_column_carries_the_new_one()
    {
        var recipe = new PreparationRecipe { Steps = [new ConvertUnits { Columns = [new UnitChange { Column = "glucose", To = "mmol/L", Analyte = "glucose" }] }] };

        var result = recipe.Apply(PimaSnapshot());

        Assert.Equal(148 / 18.0156, (double)result.Data["glucose"][0]!, 12);
        Assert.Equal("mmol/L", result.Units["glucose"]);
        Assert.Equal("mm[Hg]", result.Units["pressure"]);
        Assert.Contains("glucose mg/dL", result.Report[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_unit_that_contradicts_the_snapshot_s_is_an_error_naming_column_and_both_units()
    {
        var recipe = new PreparationRecipe { Steps = [new ConvertUnits { Columns = [new UnitChange { Column = "glucose", From = "mmol/L", To = "mg/dL", Analyte = "glucose" }] }] };

        var error = Assert.Throws<PreparationException>(() => recipe.Fit(PimaSnapshot()));

        Assert.Equal(("convertUnits", 1, "glucose"), (error.Step, error.Position, error.Column));
        Assert.Contains("'from' declares \"mmol/L\" but the column's unit is \"mg/dL\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_that_needs_a_unit_nobody_gave_is_an_error_naming_the_column()
    {
        var frame = Of(Numbers("glucose", 100));
        var recipe = new PreparationRecipe { Steps = [new CheckPlausibility { Columns = [new PlausibleRange { Column = "glucose" }] }] };

        var error = Assert.Throws<PreparationException>(() => recipe.Fit(frame));

        Assert.Equal("glucose", error.Column);
        Assert.Contains("the column has no known unit; declare 'unit'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_check_after_a_conversion_checks_in_the_converted_unit()
    {
        var frame = Of(Numbers("glucose", 20, 100, 2500));
        var recipe = new PreparationRecipe
        {
            Steps =
            [
                new ConvertUnits { Columns = [new UnitChange { Column = "glucose", To = "mmol/L", Analyte = "glucose" }] },
                new CheckPlausibility { Columns = [new PlausibleRange { Column = "glucose" }] },
            ],
        };

        var result = recipe.Apply(frame, Units(("glucose", "mg/dL")));

        Assert.Equal([null, 100 / 18.0156, null], Values(result.Data, "glucose"));
        Assert.Contains("mmol/L (the table's 33 to 2000 mg/dL)", result.Report[2].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_columns_get_their_units_scaled_columns_become_dimensionless_and_dropped_columns_lose_theirs()
    {
        var frame = Of(Numbers("weight", 154, null), Numbers("height", 69, 72), Numbers("sbp", 120, 130));
        var recipe = new PreparationRecipe
        {
            Steps =
            [
                new DeriveBmi { Weight = "weight", Height = "height" },
                new Scale { Columns = ["sbp"], Method = ScaleMethod.Standardise },
                new DropColumns { Columns = ["weight"], MaxMissingFraction = 0.25 },
            ],
        };

        var result = recipe.Apply(frame, Units(("weight", "[lb_av]"), ("height", "[in_i]"), ("sbp", "mm[Hg]")));

        Assert.Equal(["height=[in_i]", "sbp=1", "bmi=kg/m2"], result.Units.Select(u => $"{u.Key}={u.Value}"));
        Assert.Equal(154 * 0.45359237 / Math.Pow(69 * 0.0254, 2), (double)result.Data["bmi"][0]!, 12);
    }

    [Fact]
    public void A_fitted_recipe_gives_held_out_rows_the_units_it_was_fitted_with()
    {
        var snapshot = PimaSnapshot();
        var fitted = new PreparationRecipe { Steps = [new ConvertUnits { Columns = [new UnitChange { Column = "pressure", To = "kPa" }] }] }.Fit(snapshot);

        var heldOut = fitted.Apply(snapshot.Data.Head(5));

        Assert.Equal("kPa", heldOut.Units["pressure"]);
        // UCUM defines m[Hg] as 133.3220 kPa, so 1 mm[Hg] = 0.133322 kPa.
        Assert.Equal(72 * 0.133322, (double)heldOut.Data["pressure"][0]!, 12);
    }
}
