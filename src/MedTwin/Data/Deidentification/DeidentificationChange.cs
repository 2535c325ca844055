namespace MedTwin.Data.Deidentification;

/// <summary>How many values of one column one rule changed (or removed, or kept).</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Column">The column's name in the input.</param>
/// <param name="Rule">The rule applied.</param>
/// <param name="Count">The number of values it applied to.</param>
public sealed record DeidentificationChange(string Table, string Column, DeidentificationRule Rule, int Count)
{
    /// <summary>The change as one line, e.g. <c>patients.name: RemovedIdentifierColumn 6</c>.</summary>
    public override string ToString() => $"{Table}.{Column}: {Rule} {Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
