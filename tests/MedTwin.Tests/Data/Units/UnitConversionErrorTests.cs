using MedTwin.Data.Units;

namespace MedTwin.Tests.Data.Units;

public sealed class UnitConversionErrorTests
{
    [Fact]
    public void Mass_to_amount_without_an_analyte_asks_for_its_molar_mass_naming_both_units_and_dimensions()
    {
        var error = Assert.Throws<UnitConversionException>(() => UnitConverter.Convert(100, "mg/dL", "mmol/L"));

        Assert.StartsWith("mg/dL is mass/volume, mmol/L is amount/volume: give the analyte's molar mass", error.Message, StringComparison.Ordinal);
        Assert.Equal("mg/dL", error.From.Code);
        Assert.Equal("mmol/L", error.To.Code);
    }

    [Fact]
    public void Amount_to_equivalents_without_an_analyte_asks_for_the_analyte() =>
        Assert.Contains(
            "mmol/L is amount/volume, meq/L is equivalents/volume: give the analyte, whose valence",
            Assert.Throws<UnitConversionException>(() => UnitConverter.Convert(140, "mmol/L", "meq/L")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Equivalents_of_an_analyte_without_valence_are_rejected() =>
        Assert.Contains(
            "glucose has no valence",
            Assert.Throws<UnitConversionException>(() => UnitConverter.Convert(5, "mmol/L", "meq/L", Analyte.Glucose)).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("kg", "m", "kg is mass, m is length: they measure different quantities.")]
    [InlineData("mm[Hg]", "Cel", "mm[Hg] is pressure, Cel is temperature: they measure different quantities.")]
    [InlineData("{count}", "mol", "{count} is dimensionless, mol is amount: they measure different quantities.")]
    [InlineData("mg/dL", "mg", "mg/dL is mass/volume, mg is mass: they measure different quantities.")]
    public void Units_of_different_quantities_are_rejected_naming_both(string from, string to, string message) =>
        Assert.Equal(message, Assert.Throws<UnitConversionException>(() => UnitConverter.Convert(1, from, to)).Message);

    [Fact]
    public void An_analyte_does_not_bridge_quantities_its_molar_mass_cannot() =>
        Assert.Equal(
            "mg/dL is mass/volume, mmol/kg is amount/mass: they measure different quantities, which no property of glucose bridges.",
            Assert.Throws<UnitConversionException>(() => UnitConverter.Convert(1, "mg/dL", "mmol/kg", Analyte.Glucose)).Message);

    [Theory]
    [InlineData("[IU]/L", "U/L")]
    [InlineData("u[IU]/mL", "pmol/L")]
    [InlineData("[IU]", "[arb'U]")]
    [InlineData("[IU]", "1")]
    public void International_units_convert_only_to_international_units(string from, string to)
    {
        var error = Assert.Throws<UnitConversionException>(() => UnitConverter.Convert(1, from, to, Analyte.Glucose));

        Assert.StartsWith($"{from} is ", error.Message, StringComparison.Ordinal);
        Assert.Contains($", {to} is ", error.Message, StringComparison.Ordinal);
        Assert.Contains("convert only to", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void NaN_and_infinities_are_rejected_rather_than_carried_through(double value, string shown)
    {
        var error = Assert.Throws<ArgumentException>(() => UnitConverter.Convert(value, "mg/dL", "g/L"));

        Assert.Equal("value", error.ParamName);
        Assert.Contains($"value is {shown}", error.Message, StringComparison.Ordinal);
        Assert.Contains("from mg/dL to g/L", error.Message, StringComparison.Ordinal);
        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NaN_in_an_array_is_rejected_naming_its_index()
    {
        double[] values = [1, 2, double.NaN];
        double?[] nullable = [1, null, double.NaN];

        Assert.Contains("values[2] is NaN", Assert.Throws<ArgumentException>(() => UnitConverter.Convert(values, "kg", "g")).Message, StringComparison.Ordinal);
        Assert.Contains("values[2] is NaN", Assert.Throws<ArgumentException>(() => UnitConverter.Convert(nullable, "kg", "g")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_beyond_the_range_of_a_double_is_rejected() =>
        Assert.Contains(
            "beyond the range of a double",
            Assert.Throws<ArgumentException>(() => UnitConverter.Convert(1e308, "kg", "ug")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Units_too_far_apart_in_size_for_a_double_are_rejected() =>
        Assert.Contains(
            "differ in size by more than a double can hold",
            Assert.Throws<UnitConversionException>(() => UnitConverter.Between("Ym99", "ym99")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Bad_codes_in_a_conversion_are_format_errors() =>
        Assert.Equal(1, Assert.Throws<UnitFormatException>(() => UnitConverter.Convert(1, "mmHg", "kPa")).Position);

    [Fact]
    public void A_missing_argument_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => UnitConverter.Convert(1, null!, "g"));
        Assert.Throws<ArgumentNullException>(() => UnitConverter.Convert(1, "mg", "g", (Analyte)null!));
        Assert.Throws<ArgumentNullException>(() => UnitConverter.Between(null!, Unit.Parse("g")));
    }
}
