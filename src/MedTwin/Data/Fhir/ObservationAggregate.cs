namespace MedTwin.Data.Fhir;

/// <summary>How a pivot turns several values of one code into one cell. Missing values are never counted or chosen.</summary>
public enum ObservationAggregate
{
    /// <summary>The value with the latest time; ties go to the last row in the table's order. A value without a time is chosen only when no value has one.</summary>
    Latest,

    /// <summary>The value with the earliest time; ties go to the first row in the table's order. A value without a time is chosen only when no value has one.</summary>
    Earliest,

    /// <summary>The arithmetic mean.</summary>
    Mean,

    /// <summary>The smallest value.</summary>
    Min,

    /// <summary>The largest value.</summary>
    Max,

    /// <summary>The number of values (an integer column).</summary>
    Count,
}
