using System.Diagnostics.CodeAnalysis;

namespace MedTwin.Data.Snapshots;

/// <summary>The declared type of a snapshot column; it decides the DataFrame column type, never the data.</summary>
[SuppressMessage("Naming", "CA1720", Justification = "The members are the type words a snapshot.json uses.")]
public enum ColumnType
{
    /// <summary>Whole numbers that fit in 32 bits; loaded as <c>Int32DataFrameColumn</c>.</summary>
    Integer,

    /// <summary>Finite decimal numbers; loaded as <c>DoubleDataFrameColumn</c>.</summary>
    Real,

    /// <summary>Free text or identifiers; loaded as <c>StringDataFrameColumn</c>.</summary>
    Text,

    /// <summary>One of a declared set of labels (<see cref="ColumnSpec.Levels"/>); loaded as <c>StringDataFrameColumn</c>.</summary>
    Category,
}
