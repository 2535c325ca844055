namespace MedTwin.Data.Snapshots;

/// <summary>One column of a snapshot as its manifest declares it.</summary>
/// <param name="Name">The header name, exactly as in the file.</param>
/// <param name="Type">The declared type.</param>
/// <param name="Unit">The UCUM unit code, or <c>null</c> for identifiers, codes and categories.</param>
/// <param name="Description">What the column means.</param>
/// <param name="Levels">For <see cref="ColumnType.Category"/>: every allowed label, reference level first.</param>
public sealed record ColumnSpec(
    string Name,
    ColumnType Type,
    string? Unit,
    string Description,
    IReadOnlyList<string>? Levels = null);
