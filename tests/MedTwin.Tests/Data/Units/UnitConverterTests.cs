using MedTwin.Data.Units;

namespace MedTwin.Tests.Data.Units;

/// <summary>
/// Conversions without an analyte. Reference values: UCUM 2.1 definitions (m[Hg] = 133.3220 kPa, m[H2O] = 9.80665 kPa),
/// the 1959 international yard and pound agreement (1 in = 2.54 cm, 1 lb = 453.59237 g), and the SI conversion
/// table of the AMA Manual of Style (1 U/L = 0.01667 µkat/L).
/// </summary>
public sealed class UnitConverterTests
{
    [Fact]
    public void Millimetres_of_mercury_convert_to_kilopascals_at_133_322_pascals_each()
    {
        Assert.Equal(133.322, UnitConverter.Convert(1, "mm[Hg]", "Pa"), 9);
        Significant.Agrees(15.999m, UnitConverter.Convert(120, "mm[Hg]", "kPa"), 5);
        Significant.Agrees(120.0m, UnitConverter.Convert(15.999, "kPa", "mm[Hg]"), 4);
    }

    [Fact]
    public void Centimetres_of_water_convert_to_pascals_at_98_0665_each() =>
        Assert.Equal(0.980665, UnitConverter.Convert(10, "cm[H2O]", "kPa"), 12);

    [Theory]
    [InlineData(98.6, "[degF]", "Cel", 37)]
    [InlineData(37, "Cel", "[degF]", 98.6)]
    [InlineData(-40, "Cel", "[degF]", -40)]
    [InlineData(32, "[degF]", "Cel", 0)]
    [InlineData(37, "Cel", "K", 310.15)]
    [InlineData(310.15, "K", "[degF]", 98.6)]
    [InlineData(0, "K", "Cel", -273.15)]
    public void Temperatures_convert_with_their_offsets(double value, string from, string to, double expected) =>
        Assert.Equal(expected, UnitConverter.Convert(value, from, to), 9);

    [Fact]
    public void Body_weight_and_height_convert_to_pounds_and_inches()
    {
        Significant.Agrees(154.32m, UnitConverter.Convert(70, "kg", "[lb_av]"), 5);
        Significant.Agrees(70.866m, UnitConverter.Convert(180, "cm", "[in_i]"), 5);
        Assert.Equal(72, UnitConverter.Convert(6, "[ft_i]", "[in_i]"), 12);
        Assert.Equal(16, UnitConverter.Convert(1, "[lb_av]", "[oz_av]"), 12);
        Assert.Equal(453.59237, UnitConverter.Convert(1, "[lb_av]", "g"), 12);
    }

    [Theory]
    [InlineData(1, "g/dL", "g/L", 10)]
    [InlineData(180, "cm", "m", 1.8)]
    [InlineData(1, "L", "mL", 1000)]
    [InlineData(250, "10*3/uL", "10*9/L", 250)]
    [InlineData(7.5, "10*9/L", "10*3/uL", 7.5)]
    [InlineData(12, "u[IU]/mL", "m[IU]/L", 12)]
    [InlineData(100, "ug/d", "mg/d", 0.1)]
    [InlineData(50, "%", "1", 0.5)]
    [InlineData(5, "mmol/L", "umol/mL", 5)]
    public void Metric_conversions_are_exact(double value, string from, string to, double expected) =>
        Assert.Equal(expected, UnitConverter.Convert(value, from, to));

    [Theory]
    [InlineData(1, "h", "min", 60)]
    [InlineData(1, "d", "h", 24)]
    [InlineData(1, "wk", "d", 7)]
    [InlineData(1, "a", "d", 365.25)]
    [InlineData(12, "mo", "a", 1)]
    [InlineData(60, "/min", "Hz", 1)]
    [InlineData(72, "{beats}/min", "/h", 4320)]
    [InlineData(60, "mL/min", "L/h", 3.6)]
    [InlineData(60, "mL/min/{1.73_m2}", "L/h/{1.73_m2}", 3.6)]
    [InlineData(1, "[Cal]", "kJ", 4.184)]
    [InlineData(1, "atm", "mm[Hg]", 760.0021)]
    public void Time_rates_and_other_units_convert_by_their_UCUM_definitions(double value, string from, string to, double expected) =>
        Assert.Equal(expected, UnitConverter.Convert(value, from, to), 4);

    [Fact]
    public void Enzyme_units_convert_to_katals_at_the_published_factor()
    {
        Significant.Agrees(0.01667m, UnitConverter.Convert(1, "U/L", "ukat/L"), 4);
        Significant.Agrees(16.67m, UnitConverter.Convert(1, "U/L", "nkat/L"), 4);
    }

    [Fact]
    public void The_array_form_converts_every_value_in_order()
    {
        double[] values = [0, 98.6, 104];

        var result = UnitConverter.Convert(values, "[degF]", "Cel");

        Assert.Equal(3, result.Length);
        Assert.Equal(-17.7777777778, result[0], 9);
        Assert.Equal(37, result[1], 9);
        Assert.Equal(40, result[2], 9);
    }

    [Fact]
    public void The_nullable_form_keeps_missing_values_missing()
    {
        double?[] values = [90, null, 180.156];

        var result = UnitConverter.Convert(values, "mg/dL", "mmol/L", Analyte.Glucose);

        Assert.Equal(3, result.Length);
        Assert.Null(result[1]);
        Assert.Equal(10, result[2]!.Value, 12);
    }

    [Fact]
    public void A_conversion_describes_itself_for_the_preparation_report()
    {
        Assert.Equal("mg/dL → mmol/L (glucose, 180.156 g/mol): × 0.0555074", UnitConverter.Between("mg/dL", "mmol/L", Analyte.Glucose).ToString());
        Assert.Equal("[degF] → Cel: × 0.555556 − 17.7778", UnitConverter.Between("[degF]", "Cel").ToString());
        Assert.Equal("Cel → K: × 1 + 273.15", UnitConverter.Between("Cel", "K").ToString());
        Assert.Equal("mg/dL → meq/L (calcium, 40.078 g/mol, valence +2): × 0.499027", UnitConverter.Between("mg/dL", "meq/L", Analyte.Calcium).ToString());
    }

    [Fact]
    public void A_conversion_exposes_its_factor_and_offset()
    {
        var conversion = UnitConverter.Between(Unit.Parse("Cel"), Unit.Parse("[degF]"));

        Assert.Equal(1.8, conversion.Factor, 12);
        Assert.Equal(32, conversion.Offset, 9);
        Assert.Equal("Cel", conversion.From.Code);
        Assert.Equal("[degF]", conversion.To.Code);
        Assert.Null(conversion.Analyte);
    }
}
