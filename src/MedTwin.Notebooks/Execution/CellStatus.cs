namespace MedTwin.Notebooks.Execution;

/// <summary>What happened to one cell in a run.</summary>
public enum CellStatus
{
    /// <summary>A markdown or raw cell: nothing to run.</summary>
    PassedThrough,

    /// <summary>The cell ran to its end.</summary>
    Succeeded,

    /// <summary>The cell failed: it did not compile, threw, timed out, or its kernel or a directive is not supported.</summary>
    Failed,

    /// <summary>The cell was not run because an earlier one failed.</summary>
    NotRun,
}
