using MedTwin.Data.Units;

namespace MedTwin.Tests.Data.Units;

/// <summary>
/// Mass ↔ amount conversions of analytes, checked against the published SI conversion factors of the clinical
/// laboratory: Young DS, "Implementation of SI units for clinical laboratory data", Ann Intern Med 1987;106:114-29,
/// as tabulated in the AMA Manual of Style ("Units of Measure", SI conversion table). Each value is compared to the
/// number of significant digits the table gives.
/// </summary>
public sealed class AnalyteConversionTests
{
    public static TheoryData<string, double, string, string, string, int> PublishedFactors() => new()
    {
        // Glucose: mg/dL × 0.05551 = mmol/L; 100 mg/dL = 5.551 mmol/L; 1 mmol/L = 18.016 mg/dL.
        { "glucose", 100, "mg/dL", "mmol/L", "5.551", 4 },
        { "glucose", 1, "mg/dL", "mmol/L", "0.05551", 4 },
        { "glucose", 1, "mmol/L", "mg/dL", "18.016", 5 },
        // Creatinine: mg/dL × 88.4 = µmol/L (the table gives three digits; 113.12 g/mol gives 88.40).
        { "creatinine", 1, "mg/dL", "umol/L", "88.4", 3 },
        { "creatinine", 1, "mg/dL", "umol/L", "88.40", 4 },
        // Cholesterol: mg/dL × 0.02586 = mmol/L; 1 mmol/L = 38.67 mg/dL.
        { "cholesterol", 1, "mg/dL", "mmol/L", "0.02586", 4 },
        { "cholesterol", 1, "mmol/L", "mg/dL", "38.67", 4 },
        // Triglycerides: mg/dL × 0.01129 = mmol/L; 150 mg/dL = 1.694 mmol/L.
        { "triglycerides", 150, "mg/dL", "mmol/L", "1.694", 4 },
        { "triglycerides", 1, "mg/dL", "mmol/L", "0.01129", 4 },
        // Urea nitrogen: mg/dL × 0.357 = mmol/L urea; 1 mmol/L = 2.801 mg/dL.
        { "BUN", 1, "mg/dL", "mmol/L", "0.357", 3 },
        { "BUN", 1, "mmol/L", "mg/dL", "2.801", 4 },
        { "urea", 1, "mmol/L", "mg/dL", "6.006", 4 },
        // Bilirubin: mg/dL × 17.1 = µmol/L.
        { "bilirubin", 1, "mg/dL", "umol/L", "17.10", 4 },
        // Calcium: mg/dL × 0.2495 = mmol/L; divalent, so mmol/L × 2 = meq/L.
        { "calcium", 1, "mg/dL", "mmol/L", "0.2495", 4 },
        { "calcium", 2.5, "mmol/L", "meq/L", "5", 1 },
        { "calcium", 10, "mg/dL", "meq/L", "4.990", 4 },
        // Uric acid: mg/dL × 59.48 = µmol/L.
        { "uric acid", 1, "mg/dL", "umol/L", "59.48", 4 },
        // Haemoglobin: g/dL × 10 = g/L; g/dL × 0.6206 = mmol/L (monomer).
        { "haemoglobin", 1, "g/dL", "mmol/L", "0.6206", 4 },
        // Magnesium: mg/dL × 0.4114 = mmol/L. Phosphorus: mg/dL × 0.3229 = mmol/L.
        { "magnesium", 1, "mg/dL", "mmol/L", "0.4114", 4 },
        { "phosphate", 1, "mg/dL", "mmol/L", "0.3229", 4 },
    };

    [Theory]
    [MemberData(nameof(PublishedFactors))]
    public void Analyte_conversions_agree_with_the_published_SI_factors(
        string analyte, double value, string from, string to, string published, int digits) =>
        Significant.Agrees(decimal.Parse(published, System.Globalization.CultureInfo.InvariantCulture), UnitConverter.Convert(value, from, to, analyte), digits);

    [Theory]
    [InlineData("sodium", 140)]
    [InlineData("potassium", 4.2)]
    [InlineData("chloride", 102)]
    public void Monovalent_ions_have_as_many_milliequivalents_as_millimoles(string analyte, double millimoles)
    {
        Assert.Equal(millimoles, UnitConverter.Convert(millimoles, "mmol/L", "meq/L", analyte));
        Assert.Equal(millimoles, UnitConverter.Convert(millimoles, "meq/L", "mmol/L", analyte));
    }

    [Fact]
    public void Haemoglobin_g_per_dL_to_g_per_L_needs_no_analyte_and_ignores_one_given()
    {
        Assert.Equal(150, UnitConverter.Convert(15, "g/dL", "g/L"));
        Assert.Equal(150, UnitConverter.Convert(15, "g/dL", "g/L", Analyte.Hemoglobin));
        Assert.Contains("monomer", Analyte.Hemoglobin.Convention, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("glucose")]
    [InlineData("Glucose")]
    [InlineData("GLUCOSE")]
    [InlineData("2345-7")]
    [InlineData("2339-0")]
    [InlineData("14749-6")]
    public void An_analyte_is_found_by_name_in_any_case_or_by_LOINC_code(string key)
    {
        Assert.Same(Analyte.Glucose, Analyte.Find(key));
        Assert.Equal(
            UnitConverter.Convert(100, "mg/dL", "mmol/L", Analyte.Glucose),
            UnitConverter.Convert(100, "mg/dL", "mmol/L", key));
    }

    [Theory]
    [InlineData("BUN", "urea nitrogen")]
    [InlineData("3094-0", "urea nitrogen")]
    [InlineData("hemoglobin", "haemoglobin")]
    [InlineData("718-7", "haemoglobin")]
    [InlineData("urate", "uric acid")]
    [InlineData("2160-0", "creatinine")]
    [InlineData("2093-3", "cholesterol")]
    [InlineData("2571-8", "triglycerides")]
    [InlineData("1975-2", "bilirubin")]
    [InlineData("2951-2", "sodium")]
    public void Aliases_and_LOINC_codes_find_the_built_in_analytes(string key, string name) =>
        Assert.Equal(name, Analyte.Find(key).Name);

    [Fact]
    public void An_unknown_analyte_name_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => UnitConverter.Convert(1, "mg/dL", "mmol/L", "glucos"));

        Assert.Contains("'glucos'", error.Message, StringComparison.Ordinal);
        Assert.Contains("glucose, creatinine", error.Message, StringComparison.Ordinal);
        Assert.False(Analyte.TryFind("glucos", out _));
        Assert.False(Analyte.TryFind(null, out _));
    }

    [Fact]
    public void Glucose_infusion_rates_convert_between_mass_and_amount_inside_compound_units() =>
        Significant.Agrees(5.551m, UnitConverter.Convert(1, "mg/kg/min", "umol/kg/min", Analyte.Glucose), 4);

    [Fact]
    public void Mass_to_amount_and_back_returns_the_value()
    {
        var there = UnitConverter.Convert(123.4, "mg/dL", "umol/L", Analyte.Creatinine);

        Assert.Equal(123.4, UnitConverter.Convert(there, "umol/L", "mg/dL", Analyte.Creatinine), 10);
    }

    [Fact]
    public void A_substance_that_is_not_built_in_converts_by_the_molar_mass_given()
    {
        var lactate = new Analyte("lactate", 89.07);

        Significant.Agrees(8.907m, UnitConverter.Convert(1, "mmol/L", "mg/dL", lactate), 4);
        Assert.Null(lactate.Valence);
        Assert.Empty(lactate.LoincCodes);
        Assert.Equal("lactate", lactate.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void An_analyte_needs_a_finite_positive_molar_mass(double molarMass) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Analyte("x", molarMass));

    [Fact]
    public void An_analyte_valence_of_zero_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Analyte("x", 10, 0));

    [Fact]
    public void Every_built_in_analyte_has_a_unique_name_and_LOINC_codes()
    {
        Assert.Equal(Analyte.BuiltIn.Count, Analyte.BuiltIn.Select(a => a.Name).Distinct().Count());
        Assert.All(Analyte.BuiltIn, a => Assert.NotEmpty(a.LoincCodes));
        var codes = Analyte.BuiltIn.SelectMany(a => a.LoincCodes).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
