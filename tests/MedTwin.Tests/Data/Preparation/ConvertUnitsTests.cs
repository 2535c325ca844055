using MedTwin.Data.Preparation;
using MedTwin.Data.Snapshots;
using MedTwin.Tests.Support;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class ConvertUnitsTests
{
    private static ConvertUnits GlucoseToMillimoles(string? analyte = "glucose") =>
        new() { Columns = [new UnitChange { Column = "glucose", From = "mg/dL", To = "mmol/L", Analyte = analyte }] };

    [Fact]
    public void Glucose_in_mg_per_dl_becomes_mmol_per_l_with_missing_values_left_missing()
    {
        var result = Run(GlucoseToMillimoles(), Of(Numbers("glucose", 90, null, 180.156)));

        // 1 mmol/L of glucose (180.156 g/mol) is 18.0156 mg/dL.
        Assert.Equal(90 / 18.0156, (double)result.Data["glucose"][0]!, 12);
        Assert.Null(result.Data["glucose"][1]);
        Assert.Equal(10.0, (double)result.Data["glucose"][2]!, 12);
        Assert.Equal(2, result.Report[1].CellsChanged);
        Assert.Contains("glucose mg/dL → mmol/L (glucose, 180.156 g/mol)", result.Report[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pima_glucose_column_converts_from_the_unit_its_snapshot_declares()
    {
        var pima = new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1);
        var unit = pima.Manifest.Columns.Single(c => c.Name == "glucose").Unit!;
        var step = new ConvertUnits { Columns = [new UnitChange { Column = "glucose", From = unit, To = "mmol/L", Analyte = "glucose" }] };

        var result = Run(step, pima.Data);

        Assert.Equal(148 / 18.0156, (double)result.Data["glucose"][0]!, 12);
        Assert.Equal(768, result.Report[1].CellsChanged);
    }

    [Fact]
    public void Mass_to_amount_without_an_analyte_is_an_error_before_any_data_is_read()
    {
        var error = Fails(GlucoseToMillimoles(analyte: null), Of(Numbers("glucose", 90)), "glucose");

        Assert.Contains("give the analyte's molar mass", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mg/dL", "mm[Hg]", "mass/volume")]
    [InlineData("mgdl", "mmol/L", "mgdl")]
    public void An_incompatible_or_unknown_unit_is_an_error_naming_the_column(string from, string to, string expected)
    {
        var step = new ConvertUnits { Columns = [new UnitChange { Column = "glucose", From = from, To = to, Analyte = "glucose" }] };

        var error = Fails(step, Of(Numbers("glucose", 90)), "glucose");

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_analyte_is_an_error()
    {
        var error = Fails(GlucoseToMillimoles(analyte: "unobtainium"), Of(Numbers("glucose", 90)), "glucose");

        Assert.Contains("unknown analyte \"unobtainium\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_step_round_trips_through_recipe_json()
    {
        var recipe = new PreparationRecipe { Name = "units", Steps = [GlucoseToMillimoles()] };

        var json = recipe.ToJson();

        Assert.Contains("\"step\": \"convertUnits\"", json, StringComparison.Ordinal);
        Assert.Equal(json, PreparationRecipe.FromJson(json).ToJson());
    }
}
