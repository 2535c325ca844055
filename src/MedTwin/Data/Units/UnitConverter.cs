namespace MedTwin.Data.Units;

/// <summary>
/// Converts values between UCUM units: <c>UnitConverter.Convert(98.6, "[degF]", "Cel")</c>, and between mass and
/// amount concentrations of an analyte: <c>UnitConverter.Convert(100, "mg/dL", "mmol/L", Analyte.Glucose)</c>.
/// </summary>
public static class UnitConverter
{
    /// <summary>The conversion from one unit to another, to apply to many values or to record in a report.</summary>
    /// <param name="fromUnit">UCUM code of the values' unit.</param>
    /// <param name="toUnit">UCUM code of the unit wanted.</param>
    /// <param name="analyte">The substance measured, needed between mass and amount (mg/dL and mmol/L) or amount and equivalents.</param>
    /// <exception cref="UnitFormatException">A code is not understood.</exception>
    /// <exception cref="UnitConversionException">The units measure different quantities and no analyte bridges them.</exception>
    public static UnitConversion Between(string fromUnit, string toUnit, Analyte? analyte = null) =>
        UnitConversion.Create(Unit.Parse(fromUnit), Unit.Parse(toUnit), analyte);

    /// <summary>The conversion from one unit to another, to apply to many values or to record in a report.</summary>
    /// <exception cref="UnitConversionException">The units measure different quantities and no analyte bridges them.</exception>
    public static UnitConversion Between(Unit fromUnit, Unit toUnit, Analyte? analyte = null)
    {
        ArgumentNullException.ThrowIfNull(fromUnit);
        ArgumentNullException.ThrowIfNull(toUnit);
        return UnitConversion.Create(fromUnit, toUnit, analyte);
    }

    /// <summary>Converts a value between units of the same quantity.</summary>
    /// <exception cref="UnitFormatException">A code is not understood.</exception>
    /// <exception cref="UnitConversionException">The units measure different quantities.</exception>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public static double Convert(double value, string fromUnit, string toUnit) =>
        Between(fromUnit, toUnit).Apply(value);

    /// <summary>Converts a concentration of <paramref name="analyte"/>, by its molar mass when one unit is by mass and the other by amount.</summary>
    /// <exception cref="UnitFormatException">A code is not understood.</exception>
    /// <exception cref="UnitConversionException">The units measure quantities that the analyte does not bridge.</exception>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public static double Convert(double value, string fromUnit, string toUnit, Analyte analyte)
    {
        ArgumentNullException.ThrowIfNull(analyte);
        return Between(fromUnit, toUnit, analyte).Apply(value);
    }

    /// <summary>Converts a concentration of the built-in analyte named <paramref name="analyte"/> ("glucose", "BUN") or LOINC-coded ("2345-7").</summary>
    /// <exception cref="ArgumentException">No built-in analyte has that name or code, or the value is NaN or infinite.</exception>
    /// <exception cref="UnitFormatException">A code is not understood.</exception>
    /// <exception cref="UnitConversionException">The units measure quantities that the analyte does not bridge.</exception>
    public static double Convert(double value, string fromUnit, string toUnit, string analyte) =>
        Convert(value, fromUnit, toUnit, Analyte.Find(analyte));

    /// <summary>Converts every value, in order.</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite; the message gives its index.</exception>
    public static double[] Convert(ReadOnlySpan<double> values, string fromUnit, string toUnit, Analyte? analyte = null) =>
        Between(fromUnit, toUnit, analyte).Apply(values);

    /// <summary>Converts every value, in order; a missing value (null) stays missing.</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite; the message gives its index.</exception>
    public static double?[] Convert(ReadOnlySpan<double?> values, string fromUnit, string toUnit, Analyte? analyte = null) =>
        Between(fromUnit, toUnit, analyte).Apply(values);
}
