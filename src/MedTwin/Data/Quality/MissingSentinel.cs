namespace MedTwin.Data.Quality;

/// <summary>
/// A declaration that a value of a numeric column means "not measured" (e.g. Pima's zeros for glucose). It is used for
/// reporting only: the quality report counts such values as missing and never changes the data.
/// </summary>
/// <param name="Column">The numeric column the declaration applies to.</param>
/// <param name="Value">The value that stands for "not measured".</param>
public sealed record MissingSentinel(string Column, double Value);
