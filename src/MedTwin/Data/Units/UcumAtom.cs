namespace MedTwin.Data.Units;

/// <summary>
/// One UCUM unit symbol without prefix. A value v in this unit is (v + <see cref="Offset"/>) × <see cref="Magnitude"/>
/// in the base units (g, m, s, mol, K, or the unit's own kind); only Cel and [degF] have an offset.
/// </summary>
/// <param name="Code">The UCUM case-sensitive code.</param>
/// <param name="Name">The name used in error messages.</param>
/// <param name="Display">The symbol a reader expects ("mmHg" rather than "mm[Hg]").</param>
/// <param name="Magnitude">Size in base units.</param>
/// <param name="Dimension">What it measures.</param>
/// <param name="IsMetric">Whether it takes a prefix (UCUM's "metric" flag).</param>
/// <param name="Offset">Zero point shift before scaling, in this unit (273.15 for Cel, 459.67 for [degF]).</param>
/// <param name="IsAffine">Whether the unit is on a scale with an offset, so it can only stand alone.</param>
internal sealed record UcumAtom(
    string Code,
    string Name,
    string Display,
    Magnitude Magnitude,
    Dimension Dimension,
    bool IsMetric,
    double Offset = 0,
    bool IsAffine = false);
