namespace MedTwin.Data.Preparation;

/// <summary>
/// What a step needs while it fits or runs: its name and position for error messages, the original index of each row,
/// and the log of the cells it changed and the rows it removed.
/// </summary>
internal sealed class StepContext
{
    private readonly IReadOnlyList<long>? rowIds;
    private readonly List<CellChange> changes = [];
    private readonly List<RemovedRow> removedRows = [];
    private readonly List<long> removedPositions = [];
    private readonly HashSet<string> changedColumns = new(StringComparer.Ordinal);

    public StepContext(string stepName, int? position, IReadOnlyList<long>? rowIds = null)
    {
        StepName = stepName;
        Position = position;
        this.rowIds = rowIds;
    }

    public string StepName { get; }

    public int? Position { get; }

    public long CellsChanged { get; private set; }

    public IReadOnlyList<CellChange> Changes => changes;

    public IReadOnlyList<RemovedRow> RemovedRows => removedRows;

    /// <summary>The positions (in the step's input) of the removed rows, in the order they were removed.</summary>
    public IReadOnlyList<long> RemovedPositions => removedPositions;

    public IReadOnlySet<string> ChangedColumns => changedColumns;

    /// <summary>The row's index in the frame given to the recipe.</summary>
    public long RowId(long position) => rowIds is null ? position : rowIds[checked((int)position)];

    public PreparationException Error(string problem, string? column = null, long? rowPosition = null, string? key = null) =>
        new(StepName, Position, column, rowPosition is null ? null : RowId(rowPosition.Value), key, problem);

    public void Changed(long rowPosition, string column, object? before, object? after) =>
        ChangedAtRow(RowId(rowPosition), column, before, after);

    /// <summary>Records a change at an output row that has no input position (a joined row).</summary>
    public void ChangedAtRow(long row, string column, object? before, object? after)
    {
        CellsChanged++;
        changedColumns.Add(column);
        if (changes.Count < StepReport.RecordLimit)
        {
            changes.Add(new CellChange(Position ?? 1, row, column, ValueText.Of(before), ValueText.Of(after)));
        }
    }

    public void Removed(long rowPosition, string reason)
    {
        removedPositions.Add(rowPosition);
        if (removedRows.Count < StepReport.RecordLimit)
        {
            removedRows.Add(new RemovedRow(Position ?? 1, RowId(rowPosition), reason));
        }
    }
}
