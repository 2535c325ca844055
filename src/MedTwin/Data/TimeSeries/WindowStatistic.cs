namespace MedTwin.Data.TimeSeries;

/// <summary>The statistic a rolling time window computes over the present values in it.</summary>
public enum WindowStatistic
{
    /// <summary>The mean.</summary>
    Mean,

    /// <summary>The smallest value.</summary>
    Min,

    /// <summary>The largest value.</summary>
    Max,
}
