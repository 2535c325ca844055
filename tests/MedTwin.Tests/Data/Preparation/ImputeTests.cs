using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class ImputeTests
{
    private static DataFrame Frame() => Of(Integers("x", 1, 2, null, 10), Texts("s", "b", "a", "b", null));

    [Theory]
    [InlineData(ImputeMethod.Mean, 13.0 / 3)]
    [InlineData(ImputeMethod.Median, 2.0)]
    [InlineData(ImputeMethod.MostFrequent, 1.0)]
    public void Numeric_columns_are_filled_with_the_statistic_and_come_out_real(ImputeMethod method, double fill)
    {
        var result = Run(new Impute { Columns = ["x"], Method = method }, Frame());

        Assert.IsType<DoubleDataFrameColumn>(result.Data["x"]);
        Assert.Equal([1.0, 2.0, fill, 10.0], Values(result.Data, "x"));
        Assert.Equal([new CellChange(1, 2, "x", null, fill.ToString("R", System.Globalization.CultureInfo.InvariantCulture))], result.Report.Changes);
        Assert.Equal(fill, Assert.Single(result.Report[1].Statistics).Value);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        var result = Run(new Impute { Columns = ["x"], Method = ImputeMethod.Median }, Of(Numbers("x", 4, 1, null, 2, 10)));

        Assert.Equal(3.0, result.Data["x"][2]);
    }

    [Fact]
    public void Most_frequent_text_breaks_ties_by_ordinal_order_and_constants_fill_text()
    {
        var frame = Of(Texts("s", "b", "a", "B", null, "a", "b"));

        Assert.Equal("a", Run(new Impute { Columns = ["s"], Method = ImputeMethod.MostFrequent }, frame).Data["s"][3]);
        Assert.Equal("none", Run(new Impute { Columns = ["s"], Method = ImputeMethod.Constant, Label = "none" }, frame).Data["s"][3]);
    }

    [Fact]
    public void A_constant_fills_numbers_and_the_description_states_it()
    {
        var result = Run(new Impute { Columns = ["x"], Method = ImputeMethod.Constant, Value = -1 }, Frame());

        Assert.Equal(-1.0, result.Data["x"][2]);
        Assert.Equal("Filled missing values with the constant (x -1).", result.Report[1].Description);
    }

    [Fact]
    public void Mean_of_a_text_column_is_an_error_naming_the_column()
    {
        var error = Fails(new Impute { Columns = ["s"], Method = ImputeMethod.Mean }, Frame(), "s");

        Assert.Contains("method 'Mean' needs a numeric column; found text (String)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictory_parameters_are_errors()
    {
        Fails(new Impute { Columns = ["x"], Method = ImputeMethod.Median, Value = 3 }, Frame(), null);
        Fails(new Impute { Columns = ["x"], Method = ImputeMethod.Constant }, Frame(), null);
        Fails(new Impute { Columns = ["x"], Method = ImputeMethod.Constant, Label = "n/a" }, Frame(), "x");
        Fails(new Impute { Columns = ["x"], Method = (ImputeMethod)42 }, Frame(), null);
    }
}
