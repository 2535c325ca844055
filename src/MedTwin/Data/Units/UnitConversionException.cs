namespace MedTwin.Data.Units;

/// <summary>
/// Values in one unit cannot be converted to another. The message names both units, what each measures, and what
/// would make the conversion possible, if anything (an analyte's molar mass, its valence).
/// </summary>
public sealed class UnitConversionException : Exception
{
    internal UnitConversionException(Unit from, Unit to, string message)
        : base(message)
    {
        From = from;
        To = to;
    }

    /// <summary>The unit converted from.</summary>
    public Unit From { get; }

    /// <summary>The unit converted to.</summary>
    public Unit To { get; }
}
