namespace MedTwin.Data.Preparation;

/// <summary>
/// What a step needs while it fits or runs: its name and position for error messages, the original index of each row,
/// the UCUM unit of each column as far as known, and the log of the cells it changed and the rows it removed.
/// </summary>
internal sealed class StepContext
{
    private readonly IReadOnlyList<long>? rowIds;
    private readonly List<CellChange> changes = [];
    private readonly List<RemovedRow> removedRows = [];
    private readonly List<long> removedPositions = [];
    private readonly HashSet<string> changedColumns = new(StringComparer.Ordinal);

    public StepContext(string stepName, int? position, IReadOnlyList<long>? rowIds = null, IReadOnlyDictionary<string, string>? units = null)
    {
        StepName = stepName;
        Position = position;
        this.rowIds = rowIds;
        Units = units ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public string StepName { get; }

    public int? Position { get; }

    /// <summary>The UCUM unit of each column whose unit is known (from the snapshot, or set by an earlier step).</summary>
    public IReadOnlyDictionary<string, string> Units { get; }

    public long CellsChanged { get; private set; }

    public IReadOnlyList<CellChange> Changes => changes;

    public IReadOnlyList<RemovedRow> RemovedRows => removedRows;

    /// <summary>The positions (in the step's input) of the removed rows, in the order they were removed.</summary>
    public IReadOnlyList<long> RemovedPositions => removedPositions;

    public IReadOnlySet<string> ChangedColumns => changedColumns;

    /// <summary>
    /// The column's unit: the one the step declares, else the one the column carries. A declared unit that contradicts the
    /// carried one, or no unit at all, is an error.
    /// </summary>
    public string UnitOf(string column, string? declared, string parameter)
    {
        var carried = Units.GetValueOrDefault(column);
        if (declared is not null && carried is not null && !string.Equals(declared, carried, StringComparison.Ordinal))
        {
            throw Error($"'{parameter}' declares \"{declared}\" but the column's unit is \"{carried}\"", column);
        }

        return declared ?? carried ?? throw Error(
            $"the column has no known unit; declare '{parameter}', or open the data from a snapshot whose snapshot.json gives the unit",
            column);
    }

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
