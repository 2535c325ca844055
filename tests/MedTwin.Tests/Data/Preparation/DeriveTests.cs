using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class DeriveTests
{
    [Fact]
    public void Bmi_is_weight_in_kilograms_over_height_in_metres_squared()
    {
        var frame = Of(Numbers("weight", 70, 80, null), Integers("height", 175, 200, 180));

        var result = Run(new DeriveBmi { Weight = "weight", WeightUnit = "kg", Height = "height", HeightUnit = "cm" }, frame);

        Assert.Equal([70 / (1.75 * 1.75), 20.0, null], Values(result.Data, "bmi"));
        Assert.Equal(["bmi"], result.Report[1].ColumnsAdded);
        Assert.Equal("Added bmi = weight (kg) / height (cm converted to m)^2, in kg/m2.", result.Report[1].Description);
    }

    [Fact]
    public void Bmi_converts_pounds_and_inches_with_the_unit_table()
    {
        var frame = Of(Numbers("weight", 154), Numbers("height", 69));

        var result = Run(new DeriveBmi { Weight = "weight", WeightUnit = "[lb_av]", Height = "height", HeightUnit = "[in_i]" }, frame);

        // 154 lb = 154 × 0.45359237 kg; 69 in = 69 × 0.0254 m (international avoirdupois pound and inch).
        var expected = 154 * 0.45359237 / Math.Pow(69 * 0.0254, 2);
        Assert.Equal(expected, (double)result.Data["bmi"][0]!, 12);
    }

    [Fact]
    public void Bmi_inputs_in_units_of_another_quantity_are_errors_naming_the_column()
    {
        var frame = Of(Numbers("weight", 154), Numbers("height", 1.75));

        var error = Fails(new DeriveBmi { Weight = "weight", WeightUnit = "cm", Height = "height", HeightUnit = "m" }, frame, "weight");

        Assert.Contains("'weightUnit' \"cm\" does not convert to kg", error.Message, StringComparison.Ordinal);
        Fails(new DeriveBmi { Weight = "weight", WeightUnit = "kg", Height = "height", HeightUnit = "kg" }, frame, "height");
    }

    [Fact]
    public void A_height_that_is_not_positive_is_an_error_naming_the_row()
    {
        var frame = Of(Numbers("weight", 70, 70), Numbers("height", 1.7, 0));

        Fails(new DeriveBmi { Weight = "weight", WeightUnit = "kg", Height = "height", HeightUnit = "m" }, frame, "height", row: 1);
    }

    [Fact]
    public void Age_is_in_whole_years_at_a_fixed_index_date()
    {
        var frame = Of(Texts("born", "1990-06-15", "1990-06-14", "2000-02-29", null));

        var result = Run(new DeriveAge { BirthDate = "born", IndexDate = "2020-06-14" }, frame);

        Assert.IsType<Int32DataFrameColumn>(result.Data["age"]);
        Assert.Equal([29, 30, 20, null], Values(result.Data, "age"));
    }

    [Theory]
    [InlineData("2021-02-28", 20)]
    [InlineData("2021-03-01", 21)]
    [InlineData("2024-02-29", 24)]
    public void Someone_born_on_29_February_turns_older_on_1_March_in_common_years(string index, int age)
    {
        Assert.Equal(age, DeriveAge.Years(new DateOnly(2000, 2, 29), DateOnly.ParseExact(index, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Age_at_an_index_date_column_accepts_date_columns()
    {
        var frame = Of(
            new DateTimeDataFrameColumn("born", [new DateTime(1950, 1, 2), new DateTime(1960, 12, 31)]),
            Texts("visit", "2000-01-01", "2000-12-31"));

        var result = Run(new DeriveAge { BirthDate = "born", IndexDateColumn = "visit", Output = "ageAtVisit" }, frame);

        Assert.Equal([49, 40], Values(result.Data, "ageAtVisit"));
    }

    [Fact]
    public void Bad_dates_and_births_after_the_index_date_are_errors_naming_the_row()
    {
        var step = new DeriveAge { BirthDate = "born", IndexDate = "2020-01-01" };

        Assert.Contains("found \"15/06/1990\"", Fails(step, Of(Texts("born", "1990-01-01", "15/06/1990")), "born", row: 1).Message, StringComparison.Ordinal);
        Assert.Contains("is after the index date", Fails(step, Of(Texts("born", "2021-01-01")), "born", row: 0).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictory_or_malformed_index_dates_are_errors()
    {
        var frame = Of(Texts("born", "1990-01-01"), Texts("visit", "2000-01-01"));

        Fails(new DeriveAge { BirthDate = "born", IndexDate = "2020-01-01", IndexDateColumn = "visit" }, frame, null);
        Fails(new DeriveAge { BirthDate = "born" }, frame, null);
        Fails(new DeriveAge { BirthDate = "born", IndexDate = "01/01/2020" }, frame, null);
        Fails(new DeriveAge { BirthDate = "born", IndexDate = "2020-01-01", Output = "visit" }, frame, "visit");
    }
}
