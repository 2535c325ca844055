using Microsoft.Data.Analysis;

namespace MedTwin.Data.Deidentification;

/// <summary>A table to de-identify: its name (used in the report), the data, and the role of every one of its columns.</summary>
/// <param name="Name">The table's name, unique among the tables de-identified together.</param>
/// <param name="Frame">The data; it is not changed.</param>
/// <param name="Roles">The role of each column, by column name; every column must have one.</param>
public sealed record DeidentificationTable(string Name, DataFrame Frame, IReadOnlyDictionary<string, ColumnRole> Roles);
