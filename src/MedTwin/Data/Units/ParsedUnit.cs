namespace MedTwin.Data.Units;

/// <summary>What <see cref="UcumParser"/> makes of a code.</summary>
internal sealed record ParsedUnit(
    Dimension Dimension,
    Magnitude Magnitude,
    double Offset,
    bool IsAffine,
    string Display,
    IReadOnlyList<string> Annotations);
