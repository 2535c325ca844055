namespace MedTwin.Data.Preparation;

/// <summary>
/// Everything a recipe did to the data, step by step. <see cref="ToText"/> renders it as aligned tables; the lists
/// (<see cref="Summary"/>, <see cref="Columns"/>, <see cref="Changes"/>, <see cref="RemovedRows"/>) are plain records a
/// notebook shows as tables.
/// </summary>
public sealed record PreparationReport
{
    /// <summary>The recipe's name, when it has one.</summary>
    public string? Recipe { get; init; }

    /// <summary>Rows given to the recipe.</summary>
    public required long RowsBefore { get; init; }

    /// <summary>Rows in the prepared frame.</summary>
    public required long RowsAfter { get; init; }

    /// <summary>One report per step, in order.</summary>
    public required IReadOnlyList<StepReport> Steps { get; init; }

    /// <summary>One line per step.</summary>
    public IReadOnlyList<StepSummary> Summary =>
    [
        .. Steps.Select(s => new StepSummary(
            s.Position, s.Step, s.Description, s.RowsBefore, s.RowsAfter, s.CellsChanged,
            string.Join(", ", s.ColumnsAdded), string.Join(", ", s.ColumnsRemoved))),
    ];

    /// <summary>Every step's column summaries.</summary>
    public IReadOnlyList<ColumnSummary> Columns => [.. Steps.SelectMany(s => s.Columns)];

    /// <summary>Every step's listed cell changes.</summary>
    public IReadOnlyList<CellChange> Changes => [.. Steps.SelectMany(s => s.Changes)];

    /// <summary>Every step's listed removed rows.</summary>
    public IReadOnlyList<RemovedRow> RemovedRows => [.. Steps.SelectMany(s => s.RemovedRows)];

    /// <summary>The report for the step at a 1-based position.</summary>
    public StepReport this[int position] => Steps[position - 1];

    /// <summary>The report as aligned plain-text tables, identical for identical runs.</summary>
    public string ToText() => ReportText.Render(this);

    /// <inheritdoc />
    public override string ToString() => ToText();
}
