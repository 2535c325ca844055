namespace MedTwin.Data.Preparation;

/// <summary>One line per step, for a table in a notebook.</summary>
/// <param name="Position">The step's 1-based position.</param>
/// <param name="Step">The step's name.</param>
/// <param name="Description">What it did.</param>
/// <param name="RowsBefore">Rows in.</param>
/// <param name="RowsAfter">Rows out.</param>
/// <param name="CellsChanged">Cells changed.</param>
/// <param name="ColumnsAdded">Columns added, comma-separated.</param>
/// <param name="ColumnsRemoved">Columns removed, comma-separated.</param>
public sealed record StepSummary(
    int Position,
    string Step,
    string Description,
    long RowsBefore,
    long RowsAfter,
    long CellsChanged,
    string ColumnsAdded,
    string ColumnsRemoved);
