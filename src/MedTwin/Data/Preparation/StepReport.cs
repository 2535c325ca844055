namespace MedTwin.Data.Preparation;

/// <summary>What one step did: counts, the columns it touched before and after, and the cells and rows it changed.</summary>
public sealed record StepReport
{
    /// <summary>How many cell changes, and how many removed rows, a report lists per step; the counts are always exact.</summary>
    public const int RecordLimit = 1000;

    /// <summary>The step's 1-based position in the recipe.</summary>
    public required int Position { get; init; }

    /// <summary>The step's name as the recipe JSON writes it.</summary>
    public required string Step { get; init; }

    /// <summary>What the step did, in a sentence, with what it learnt.</summary>
    public required string Description { get; init; }

    /// <summary>Rows in the step's input.</summary>
    public required long RowsBefore { get; init; }

    /// <summary>Rows in the step's output.</summary>
    public required long RowsAfter { get; init; }

    /// <summary>How many cells the step changed (all of them, not only those listed in <see cref="Changes"/>).</summary>
    public required long CellsChanged { get; init; }

    /// <summary>How many rows the step removed.</summary>
    public long RowsRemoved => RowsBefore - RowsAfter;

    /// <summary>Columns the step added, in frame order.</summary>
    public required IReadOnlyList<string> ColumnsAdded { get; init; }

    /// <summary>Columns the step removed, in frame order.</summary>
    public required IReadOnlyList<string> ColumnsRemoved { get; init; }

    /// <summary>Every column whose values, missing count or statistics changed, or that was added or removed.</summary>
    public required IReadOnlyList<ColumnSummary> Columns { get; init; }

    /// <summary>The changed cells, in the order they were changed, up to <see cref="RecordLimit"/>.</summary>
    public required IReadOnlyList<CellChange> Changes { get; init; }

    /// <summary>The removed rows, up to <see cref="RecordLimit"/>.</summary>
    public required IReadOnlyList<RemovedRow> RemovedRows { get; init; }

    /// <summary>What the step learnt from its training rows (empty for steps that learn nothing).</summary>
    public required IReadOnlyList<LearntStatistic> Statistics { get; init; }
}
