namespace MedTwin.Data.Preparation;

/// <summary>How <see cref="Scale"/> rescales a column with statistics of the training rows.</summary>
public enum ScaleMethod
{
    /// <summary>(x − mean) / sample standard deviation, as R's <c>scale</c>.</summary>
    Standardise,

    /// <summary>(x − min) / (max − min); held-out values beyond the training range fall outside [0, 1] and are not clamped.</summary>
    MinMax,
}
