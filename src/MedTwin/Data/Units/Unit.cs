using System.Diagnostics.CodeAnalysis;

namespace MedTwin.Data.Units;

/// <summary>
/// A unit of measure read from its UCUM case-sensitive code, as snapshot.json columns and FHIR quantities carry it
/// ("mg/dL", "mmol/L", "mm[Hg]", "10*9/L", "u[IU]/mL", "{beats}/min"). Two units are equal when their codes are
/// equal; units with different codes for the same quantity ("mL" and "cm3") are compatible, and convert with factor 1.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    private readonly string display;

    private Unit(string code, ParsedUnit parsed)
    {
        Code = code;
        Dimension = parsed.Dimension;
        Magnitude = parsed.Magnitude;
        Offset = parsed.Offset;
        IsAffine = parsed.IsAffine;
        Annotations = parsed.Annotations;
        display = parsed.Display;
    }

    /// <summary>The UCUM code, exactly as given.</summary>
    public string Code { get; }

    /// <summary>What the unit measures; annotations ({count}, {beats}) do not change it.</summary>
    public Dimension Dimension { get; }

    /// <summary>The texts of the code's annotations in braces, in order, without the braces.</summary>
    public IReadOnlyList<string> Annotations { get; }

    /// <summary>Whether the unit is on a scale with an offset (Cel, [degF]), so converting it adds as well as multiplies.</summary>
    public bool IsAffine { get; }

    internal Magnitude Magnitude { get; }

    internal double Offset { get; }

    /// <summary>Reads a UCUM case-sensitive code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnitFormatException">The code is not one MedTwin understands; the message names the character.</exception>
    public static Unit Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new Unit(code, UcumParser.Parse(code));
    }

    /// <summary>Reads a UCUM case-sensitive code, or returns false (and <paramref name="unit"/> null) when it cannot.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        if (code is null)
        {
            return false;
        }

        try
        {
            unit = Parse(code);
            return true;
        }
        catch (UnitFormatException)
        {
            return false;
        }
    }

    /// <summary>Whether values in this unit convert to <paramref name="other"/> without an analyte: the dimensions are equal.</summary>
    public bool IsCompatibleWith(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dimension.Equals(other.Dimension);
    }

    /// <summary>The unit as a reader expects it: "mmHg" for mm[Hg], "µmol/L" for umol/L, "kg/m²", "10⁹/L", "°C".</summary>
    public override string ToString() => display;

    /// <inheritdoc/>
    public bool Equals(Unit? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Whether two units have the same code.</summary>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two units have different codes.</summary>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);
}
