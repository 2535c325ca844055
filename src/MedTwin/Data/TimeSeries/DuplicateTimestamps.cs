namespace MedTwin.Data.TimeSeries;

/// <summary>What to do when one patient has two values of one code at the same timestamp. It is declared, never guessed.</summary>
public enum DuplicateTimestamps
{
    /// <summary>An error naming the patient, code, time and rows.</summary>
    Reject,

    /// <summary>The mean of the present values (missing if none is present).</summary>
    Mean,

    /// <summary>The value of the row that comes last in the input.</summary>
    Last,
}
