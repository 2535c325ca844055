namespace MedTwin.Data.Preparation;

/// <summary>What <see cref="HandleOutliers"/> does with a value outside the fences learnt on the training rows.</summary>
public enum OutlierAction
{
    /// <summary>The value becomes missing.</summary>
    SetMissing,

    /// <summary>The value stays; a boolean column <c>&lt;column&gt;_outlier</c> after it is true for that row.</summary>
    Flag,

    /// <summary>The whole row is removed.</summary>
    RejectRow,

    /// <summary>The value is replaced by the fence it crossed (winsorising); the column comes out real (double).</summary>
    Winsorise,
}
