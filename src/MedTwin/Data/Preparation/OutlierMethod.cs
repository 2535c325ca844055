namespace MedTwin.Data.Preparation;

/// <summary>How <see cref="HandleOutliers"/> learns each column's fences from the training rows.</summary>
public enum OutlierMethod
{
    /// <summary>Tukey's fences: Q1 − factor × IQR and Q3 + factor × IQR (factor 1.5 by default); quartiles as R's type 7.</summary>
    Iqr,

    /// <summary>mean ± factor × sample standard deviation (factor 3 by default).</summary>
    ZScore,

    /// <summary>The <see cref="HandleOutliers.Lower"/> and <see cref="HandleOutliers.Upper"/> quantiles (R's type 7); with winsorising, classic percentile winsorising.</summary>
    Percentiles,
}
