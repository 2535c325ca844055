using MedTwin.Data.Units;

namespace MedTwin.Tests.Data.Units;

public sealed class UnitParseTests
{
    public static TheoryData<string, string> ClinicalCodes() => new()
    {
        { "g", "mass" }, { "kg", "mass" }, { "mg", "mass" }, { "ug", "mass" }, { "ng", "mass" },
        { "[lb_av]", "mass" }, { "[oz_av]", "mass" },
        { "m", "length" }, { "cm", "length" }, { "mm", "length" }, { "um", "length" }, { "[in_i]", "length" }, { "[ft_i]", "length" },
        { "s", "time" }, { "min", "time" }, { "h", "time" }, { "d", "time" }, { "wk", "time" }, { "mo", "time" }, { "a", "time" },
        { "L", "volume" }, { "dL", "volume" }, { "mL", "volume" }, { "uL", "volume" }, { "l", "volume" }, { "cm3", "volume" },
        { "mol", "amount" }, { "mmol", "amount" }, { "umol", "amount" }, { "nmol", "amount" }, { "pmol", "amount" },
        { "Cel", "temperature" }, { "[degF]", "temperature" }, { "K", "temperature" },
        { "mm[Hg]", "pressure" }, { "kPa", "pressure" }, { "Pa", "pressure" }, { "cm[H2O]", "pressure" },
        { "%", "dimensionless" }, { "1", "dimensionless" }, { "{count}", "dimensionless" },
        { "[IU]", "international units" }, { "u[IU]", "international units" }, { "m[IU]", "international units" },
        { "U", "amount/time" }, { "mU", "amount/time" },
        { "10*3/uL", "1/volume" }, { "10*9/L", "1/volume" }, { "10^9/L", "1/volume" }, { "/min", "1/time" }, { "{beats}/min", "1/time" },
        { "mg/dL", "mass/volume" }, { "g/dL", "mass/volume" }, { "mmol/L", "amount/volume" }, { "meq/L", "equivalents/volume" },
        { "kg/m2", "mass/area" }, { "mL/min/{1.73_m2}", "volume/time" }, { "U/L", "amount/(volume·time)" }, { "ug/d", "mass/time" },
        { "pmol/kg/min", "amount/(mass·time)" }, { "(mg/kg/min)/(pmol/L)", "volume/(amount·time)" }, { "min.kg/pmol", "mass·time/amount" },
        { "s-1", "1/time" }, { "m+2", "area" }, { "kcal", "energy" }, { "mosm/kg", "osmoles/mass" },
    };

    [Theory]
    [MemberData(nameof(ClinicalCodes))]
    public void Clinical_codes_parse_to_the_dimension_a_clinician_names(string code, string dimension)
    {
        var unit = Unit.Parse(code);

        Assert.Equal(code, unit.Code);
        Assert.Equal(dimension, unit.Dimension.ToString());
    }

    [Theory]
    [InlineData("mm[Hg]", "mmHg")]
    [InlineData("cm[H2O]", "cmH2O")]
    [InlineData("umol/L", "µmol/L")]
    [InlineData("kg/m2", "kg/m²")]
    [InlineData("s-1", "s⁻¹")]
    [InlineData("10*9/L", "10⁹/L")]
    [InlineData("Cel", "°C")]
    [InlineData("[degF]", "°F")]
    [InlineData("[lb_av]", "lb")]
    [InlineData("u[IU]/mL", "µIU/mL")]
    [InlineData("meq/L", "mEq/L")]
    [InlineData("{beats}/min", "beats/min")]
    [InlineData("/min", "/min")]
    [InlineData("mL/min/{1.73_m2}", "mL/min/1.73 m2")]
    [InlineData("min.kg/pmol", "min·kg/pmol")]
    [InlineData("(mg/kg/min)/(pmol/L)", "(mg/kg/min)/(pmol/L)")]
    [InlineData("[IU]{insulin}/mL", "IU{insulin}/mL")]
    public void ToString_is_the_unit_as_a_reader_writes_it(string code, string shown) =>
        Assert.Equal(shown, Unit.Parse(code).ToString());

    [Fact]
    public void Annotations_are_kept_for_display_but_do_not_change_the_dimension()
    {
        var perBodySurface = Unit.Parse("mL/min/{1.73_m2}");
        var beats = Unit.Parse("{beats}/min");

        Assert.Equal("1.73_m2", Assert.Single(perBodySurface.Annotations));
        Assert.Equal(Unit.Parse("mL/min").Dimension, perBodySurface.Dimension);
        Assert.Equal("beats", Assert.Single(beats.Annotations));
        Assert.True(beats.IsCompatibleWith(Unit.Parse("/min")));
        Assert.Equal(1, UnitConverter.Convert(1, "{beats}/min", "/min"));
    }

    [Fact]
    public void Units_with_the_same_code_are_equal_and_hash_alike()
    {
        var first = Unit.Parse("mg/dL");
        var second = Unit.Parse("mg/dL");

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.False(first != second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Dimension, second.Dimension);
        Assert.Equal(first.Dimension.GetHashCode(), second.Dimension.GetHashCode());
    }

    [Fact]
    public void Different_codes_for_the_same_quantity_are_not_equal_but_compatible_with_factor_one()
    {
        var millilitre = Unit.Parse("mL");
        var cubicCentimetre = Unit.Parse("cm3");

        Assert.NotEqual(millilitre, cubicCentimetre);
        Assert.NotEqual(Unit.Parse("mL"), Unit.Parse("ml"));
        Assert.True(millilitre.IsCompatibleWith(cubicCentimetre));
        Assert.Equal(1, UnitConverter.Between(millilitre, cubicCentimetre).Factor, 15);
    }

    [Theory]
    [InlineData("mg/dL", "g/L", true)]
    [InlineData("Cel", "K", true)]
    [InlineData("[degF]", "Cel", true)]
    [InlineData("10*3/uL", "10*9/L", true)]
    [InlineData("%", "1", true)]
    [InlineData("/min", "Hz", true)]
    [InlineData("U/L", "ukat/L", true)]
    [InlineData("mg/dL", "mmol/L", false)]
    [InlineData("{count}", "mol", false)]
    [InlineData("[IU]/L", "U/L", false)]
    [InlineData("[IU]", "[arb'U]", false)]
    [InlineData("meq/L", "mmol/L", false)]
    public void IsCompatibleWith_is_true_exactly_when_the_dimensions_are_equal(string a, string b, bool compatible)
    {
        Assert.Equal(compatible, Unit.Parse(a).IsCompatibleWith(Unit.Parse(b)));
        Assert.Equal(compatible, Unit.Parse(b).IsCompatibleWith(Unit.Parse(a)));
    }

    [Fact]
    public void Only_Celsius_and_Fahrenheit_are_affine()
    {
        Assert.True(Unit.Parse("Cel").IsAffine);
        Assert.True(Unit.Parse("[degF]").IsAffine);
        Assert.False(Unit.Parse("K").IsAffine);
        Assert.False(Unit.Parse("K/min").IsAffine);
    }

    [Fact]
    public void TryParse_returns_the_unit_or_false_without_throwing()
    {
        Assert.True(Unit.TryParse("mmol/L", out var unit));
        Assert.Equal("mmol/L", unit.Code);
        Assert.False(Unit.TryParse("mmHg", out var none));
        Assert.Null(none);
        Assert.False(Unit.TryParse(null, out _));
        Assert.False(Unit.TryParse("", out _));
    }

    [Fact]
    public void Pure_numbers_have_no_dimension()
    {
        Assert.True(Unit.Parse("1").Dimension.IsNone);
        Assert.Same(Dimension.None, Dimension.None);
        Assert.Equal(Dimension.None, Unit.Parse("{count}").Dimension);
        Assert.Empty(Unit.Parse("mg").Dimension.Kinds);
        Assert.Equal(1, Unit.Parse("u[IU]/mL").Dimension.Kinds["international units"]);
    }
}
