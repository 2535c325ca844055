namespace MedTwin.Data.Preparation;

/// <summary>One column of a <see cref="ConvertUnits"/> step: from which UCUM unit to which, and for which analyte when
/// mass and amount concentrations meet (e.g. glucose mg/dL to mmol/L).</summary>
public sealed record UnitChange
{
    /// <summary>The numeric column to convert.</summary>
    public required string Column { get; init; }

    /// <summary>The column's UCUM unit now; the unit the column carries (from its snapshot.json) when omitted.</summary>
    public string? From { get; init; }

    /// <summary>The UCUM unit to convert to.</summary>
    public required string To { get; init; }

    /// <summary>The analyte (name or LOINC code) whose molar mass links mass and amount, if the conversion needs one.</summary>
    public string? Analyte { get; init; }
}
