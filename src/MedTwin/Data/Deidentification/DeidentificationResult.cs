using Microsoft.Data.Analysis;

namespace MedTwin.Data.Deidentification;

/// <summary>The de-identified tables, by name in the order given, and the report of what was done.</summary>
public sealed class DeidentificationResult
{
    private readonly IReadOnlyList<(string Name, DataFrame Frame)> tables;

    internal DeidentificationResult(IReadOnlyList<(string Name, DataFrame Frame)> tables, DeidentificationReport report)
    {
        this.tables = tables;
        Report = report;
    }

    /// <summary>The tables' names, in the order given.</summary>
    public IReadOnlyList<string> TableNames => [.. tables.Select(t => t.Name)];

    /// <summary>The de-identified table of that name.</summary>
    /// <exception cref="KeyNotFoundException">No table has that name.</exception>
    public DataFrame this[string name] =>
        tables.FirstOrDefault(t => t.Name == name).Frame
        ?? throw new KeyNotFoundException($"No de-identified table is named '{name}'; the tables are: {string.Join(", ", TableNames)}.");

    /// <summary>What was removed and changed, per column and rule.</summary>
    public DeidentificationReport Report { get; }
}
