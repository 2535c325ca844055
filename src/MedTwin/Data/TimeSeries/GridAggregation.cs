namespace MedTwin.Data.TimeSeries;

/// <summary>How the values falling into one cell of a resampling grid become the cell's value.</summary>
public enum GridAggregation
{
    /// <summary>The mean of the present values.</summary>
    Mean,

    /// <summary>The latest present value.</summary>
    Last,

    /// <summary>The smallest present value.</summary>
    Min,

    /// <summary>The largest present value.</summary>
    Max,
}
