using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class ScaleAndEncodeTests
{
    [Fact]
    public void Standardising_uses_the_training_mean_and_sample_standard_deviation_on_held_out_rows()
    {
        var fitted = new Scale { Columns = ["x"], Method = ScaleMethod.Standardise }.Fit(Of(Integers("x", 1, 2, 3, null)));

        var result = fitted.Apply(Of(Integers("x", 5, null, 2)));

        Assert.Equal([3.0, null, 0.0], Values(result.Data, "x"));
        Assert.Equal([new LearntStatistic("x", "mean", 2), new LearntStatistic("x", "standard deviation", 1)], fitted.Statistics);
    }

    [Fact]
    public void Min_max_scaling_does_not_clamp_values_beyond_the_training_range()
    {
        var fitted = new Scale { Columns = ["x"], Method = ScaleMethod.MinMax }.Fit(Of(Numbers("x", 2, 4, 6)));

        Assert.Equal([0.5, 1.5, -0.25], Values(fitted.Apply(Of(Numbers("x", 4, 8, 1))).Data, "x"));
    }

    [Fact]
    public void A_constant_training_column_cannot_be_scaled()
    {
        var error = Fails(new Scale { Columns = ["x"], Method = ScaleMethod.Standardise }, Of(Numbers("x", 3, 3, null)), "x");

        Assert.Contains("all observed training values are 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_hot_encoding_replaces_the_column_by_indicators_in_level_order()
    {
        var frame = Of(Texts("sex", "m", "f", null, "m"), Numbers("x", 1, 2, 3, 4));

        var result = Run(new Encode { Columns = ["sex"], Method = EncodeMethod.OneHot }, frame);

        Assert.Equal(["sex_f", "sex_m", "x"], result.Data.Columns.Select(c => c.Name));
        Assert.Equal([0, 1, null, 0], Values(result.Data, "sex_f"));
        Assert.Equal([1, 0, null, 1], Values(result.Data, "sex_m"));
        Assert.Equal(["sex"], result.Report[1].ColumnsRemoved);
        Assert.Equal(["sex_f", "sex_m"], result.Report[1].ColumnsAdded);
        Assert.Equal("f, m", Assert.Single(result.Report[1].Statistics).Text);
    }

    [Fact]
    public void Declared_levels_fix_the_order_and_drop_first_leaves_out_the_reference_level()
    {
        var frame = Of(Texts("diabetes", "pos", "neg", "pos"));
        var levels = new CategoryLevels { Column = "diabetes", Levels = ["neg", "pos"] };

        var oneHot = Run(new Encode { Columns = ["diabetes"], Method = EncodeMethod.OneHot, Levels = [levels], DropFirst = true }, frame);
        var ordinal = Run(new Encode { Columns = ["diabetes"], Method = EncodeMethod.Ordinal, Levels = [levels with { Levels = ["pos", "neg"] }] }, frame);

        Assert.Equal(["diabetes_pos"], oneHot.Data.Columns.Select(c => c.Name));
        Assert.Equal([1, 0, 1], Values(oneHot.Data, "diabetes_pos"));
        Assert.IsType<Int32DataFrameColumn>(ordinal.Data["diabetes"]);
        Assert.Equal([0, 1, 0], Values(ordinal.Data, "diabetes"));
        Assert.Equal(new CellChange(1, 0, "diabetes", "pos", "0"), ordinal.Report.Changes[0]);
    }

    [Fact]
    public void A_level_unseen_in_training_is_an_error_naming_column_row_and_level()
    {
        var fitted = new Encode { Columns = ["sex"], Method = EncodeMethod.OneHot }.Fit(Of(Texts("sex", "f", "m")));
        var heldOut = Of(Texts("sex", "m", "x"));

        var error = Assert.Throws<PreparationException>(() => fitted.Apply(heldOut));

        Assert.Equal("Step 'encode', column 'sex', row 1: the level \"x\" is not one of the known levels (f, m).", error.Message);
        Assert.Equal("x", heldOut["sex"][1]);
    }

    [Fact]
    public void Contradictory_encoding_parameters_are_errors()
    {
        var frame = Of(Texts("sex", "f"));

        Fails(new Encode { Columns = ["sex"], Method = EncodeMethod.Ordinal, DropFirst = true }, frame, null);
        Fails(new Encode { Columns = ["sex"], Method = EncodeMethod.OneHot, Levels = [new CategoryLevels { Column = "age", Levels = ["1"] }] }, frame, "age");
        Fails(new Encode { Columns = ["sex"], Method = EncodeMethod.OneHot, Levels = [new CategoryLevels { Column = "sex", Levels = ["f", "f"] }] }, frame, "sex");
    }
}
